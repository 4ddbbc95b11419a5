import { createContext, useContext, useLayoutEffect, useRef, type ReactNode } from 'react';
import type { KeyName } from './keys.js';
import { ShellContext } from './shell-context.js';

/** One key binding: the keys, what the footer calls it, and what it does. */
export interface Binding {
  keys: readonly KeyName[];
  /** Footer text, already in the user's language. */
  label: string;
  /** Overrides how the keys are written in the footer, e.g. `1-9`. */
  display?: string;
  /** Left out of the footer (still active). */
  hidden?: boolean;
  run: () => void;
}

export interface Layer {
  bindings: readonly Binding[];
  /** A text field has focus: printable keys go to it, not to bindings such as `q`. */
  textEntry: boolean;
}

interface KeymapStore {
  /** The latest layer and the screen instance that declared it. */
  current: { layer: Layer; owner: string };
  /** Tells the shell the footer may have changed. */
  publish: (layer: Layer) => void;
}

const KeymapContext = createContext<KeymapStore | undefined>(undefined);

export function KeymapProvider({ store, children }: { store: KeymapStore; children: ReactNode }) {
  return <KeymapContext.Provider value={store}>{children}</KeymapContext.Provider>;
}

/**
 * Declares the current screen's keys. The same table drives the input handler and the footer, so
 * the help shown can never disagree with what the keys do.
 */
export function useKeymap(bindings: readonly Binding[], options: { textEntry?: boolean } = {}): void {
  const store = useContext(KeymapContext);
  const owner = useContext(ShellContext)?.placeKey ?? '';
  const layer: Layer = { bindings, textEntry: options.textEntry ?? false };
  const latest = useRef(layer);
  latest.current = layer;
  useLayoutEffect(() => {
    if (!store) return;
    store.current.layer = latest.current;
    store.current.owner = owner;
    store.publish(latest.current);
  });
}

/** A footer signature: it changes only when what the footer shows changes. */
export function footerSignature(layer: Layer): string {
  return (
    layer.bindings
      .filter((binding) => !binding.hidden)
      .map((binding) => `${binding.display ?? binding.keys.join('/')}=${binding.label}`)
      .join('|') + (layer.textEntry ? '|text' : '')
  );
}
