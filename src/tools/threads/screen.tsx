import { useState } from 'react';
import ScrollArea from '../../ui/components/ScrollArea.js';
import useScrollArea from '../../ui/hooks/use-scroll-area.js';
import { useKeymap, type Binding } from '../../ui/keymap.js';
import { useShell } from '../../ui/shell-context.js';
import type { ScreenProps } from '../tool.js';
import FullSpeed from './FullSpeed.js';
import SlowRace from './SlowRace.js';
import type { ThreadsTool } from './entry.js';
import type { SlowRaceWords } from './slow-race-words.en.js';
import useSlowRace from './use-slow-race.js';

/**
 * Threads and a lock: first in slow motion (two threads, one step per key, the Python beside), then
 * at full speed with real threads, as the proof.
 */
export default function ThreadsScreen({ sources, words }: ScreenProps<ThreadsTool>) {
  const { width, height } = useShell();
  const [fast, setFast] = useState(false);
  const slowKey: Binding = { keys: ['s'], label: words.slow.keys.slow, run: () => setFast(false) };
  if (fast) return <FullSpeed startRace={sources.startRace} slowKey={slowKey} words={words} />;
  return <SlowView words={words.slow} width={width} height={height} onFast={() => setFast(true)} />;
}

function SlowView({
  words,
  width,
  height,
  onFast,
}: {
  words: SlowRaceWords;
  width: number;
  height: number;
  onFast: () => void;
}) {
  const { t } = useShell();
  const race = useSlowRace();
  const k = words.keys;
  const scroll = useScrollArea(height, t.ui.keys.scroll, false);
  // Back from the start or on from the summary would do nothing: those keys are not offered there.
  useKeymap([
    ...(race.shown <= race.steps.length
      ? [{ keys: ['right', 'space'], label: k.next, display: '→', run: race.next }]
      : []),
    ...(race.shown > 0 ? [{ keys: ['left'], label: k.back, display: '←', run: race.back }] : []),
    { keys: ['a'], label: k.auto, run: race.toggleAuto },
    { keys: ['+'], label: k.pace, display: '+/-', run: race.faster, hidden: !race.auto },
    { keys: ['-'], label: k.pace, run: race.slower, hidden: true },
    { keys: ['l'], label: k.lock, run: race.toggleLock },
    { keys: ['f'], label: k.fast, run: onFast },
    ...scroll.bindings,
  ]);
  return (
    <ScrollArea contentRef={scroll.ref} offset={scroll.offset} height={height} width={width}>
      <SlowRace race={race} words={words} width={width} height={height} />
    </ScrollArea>
  );
}
