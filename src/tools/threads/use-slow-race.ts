import { useEffect, useMemo, useState } from 'react';
import { lockedOrder, playRace, racyOrder, type Step } from '../../core/race-steps.js';

/** Seconds between steps when auto-playing, slowest last; `+` and `-` move along it. */
const paces = [0.5, 1, 2, 3] as const;

export interface SlowRace {
  locked: boolean;
  steps: readonly Step[];
  /** How many steps have run: 0 before the first, `steps.length + 1` for the closing summary. */
  shown: number;
  auto: boolean;
  seconds: number;
  next: () => void;
  back: () => void;
  toggleAuto: () => void;
  faster: () => void;
  slower: () => void;
  toggleLock: () => void;
}

/** The slow-motion replay: which scenario, how far it has run, and auto-play at a pace. */
export default function useSlowRace(): SlowRace {
  const [locked, setLocked] = useState(false);
  const [shown, setShown] = useState(0);
  const [auto, setAuto] = useState(false);
  const [pace, setPace] = useState(1);
  const steps = useMemo(() => playRace(locked ? lockedOrder : racyOrder, locked), [locked]);
  const seconds = paces[pace]!;
  const end = steps.length + 1;

  useEffect(() => {
    if (!auto) return;
    if (shown >= end) {
      setAuto(false);
      return;
    }
    const timer = setTimeout(() => setShown((n) => Math.min(end, n + 1)), seconds * 1000);
    return () => clearTimeout(timer);
  }, [auto, shown, end, seconds]);

  return {
    locked,
    steps,
    shown,
    auto,
    seconds,
    next: () => setShown((n) => Math.min(end, n + 1)),
    back: () => setShown((n) => Math.max(0, n - 1)),
    toggleAuto: () => {
      // Auto from the end replays from the start.
      if (!auto && shown >= end) setShown(0);
      setAuto(!auto);
    },
    faster: () => setPace((p) => Math.max(0, p - 1)),
    slower: () => setPace((p) => Math.min(paces.length - 1, p + 1)),
    toggleLock: () => {
      setLocked(!locked);
      setShown(0);
    },
  };
}
