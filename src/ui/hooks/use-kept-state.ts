import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import { useShell } from '../shell-context.js';

/**
 * useState that survives a screen opened on top: the check screen keeps its host, port and results
 * while the learner reads the lesson it pointed to, and has them again after Esc. The shell forgets
 * a screen's kept state when the screen itself is left, so opening it afresh starts afresh.
 */
export default function useKeptState<T>(name: string, initial: T | (() => T)): [T, Dispatch<SetStateAction<T>>] {
  const { kept, placeKey } = useShell();
  const key = `${placeKey}/${name}`;
  const [value, setValue] = useState<T>(() =>
    kept.has(key) ? (kept.get(key) as T) : initial instanceof Function ? initial() : initial,
  );
  useEffect(() => {
    kept.set(key, value);
  }, [kept, key, value]);
  return [value, setValue];
}
