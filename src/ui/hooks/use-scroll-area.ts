import { measureElement, type DOMElement } from 'ink';
import { useEffect, useRef, useState } from 'react';
import type { Binding } from '../keymap.js';

/** A body taller than the rows it may use: where it is scrolled to, and the keys that move it. */
export interface ScrollArea {
  /** Give this to the ScrollArea's content box so its height can be measured. */
  ref: React.RefObject<DOMElement | null>;
  /** Rows hidden above the top. */
  offset: number;
  /** The scroll keys, empty when everything fits (so the footer never offers a dead key). */
  bindings: Binding[];
}

/**
 * Scrolls content that does not fit in `height` rows. `arrows` adds ↑↓ (leave it off on screens
 * whose arrows already move a cursor: PgUp/PgDn still scroll there).
 */
export default function useScrollArea(height: number, label: string, arrows = true): ScrollArea {
  const ref = useRef<DOMElement | null>(null);
  const [contentHeight, setContentHeight] = useState(0);
  const [wanted, setWanted] = useState(0);
  // Measured after every render: any child may change the height; an unchanged one renders nothing.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (ref.current) setContentHeight(measureElement(ref.current).height);
  });
  const maxOffset = Math.max(0, contentHeight - height);
  const offset = Math.min(wanted, maxOffset);
  const by = (delta: number) => setWanted(Math.max(0, Math.min(maxOffset, offset + delta)));
  const page = Math.max(1, height - 1);
  const bindings: Binding[] = [];
  if (maxOffset > 0) {
    if (arrows) {
      bindings.push(
        { keys: ['up'], label, display: '↑↓ PgUp/PgDn', run: () => by(-1) },
        { keys: ['down'], label, hidden: true, run: () => by(1) },
      );
    }
    bindings.push(
      { keys: ['pageup'], label, display: 'PgUp/PgDn', hidden: arrows, run: () => by(-page) },
      { keys: ['pagedown'], label, hidden: true, run: () => by(page) },
    );
  }
  return { ref, offset, bindings };
}
