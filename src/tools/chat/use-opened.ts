import { useEffect, useState } from 'react';

/** A socket the screen was handed, or one it opened itself, and why opening failed. */
export interface Opened<T> {
  value?: T;
  failure?: unknown;
}

/**
 * The handed-over `given`, or else what `open` resolves to, once. `close` runs when the screen
 * leaves, on what this hook opened itself and on what it was handed alike.
 */
export default function useOpened<T>(
  given: T | undefined,
  open: () => Promise<T>,
  close: (value: T) => void,
): Opened<T> {
  const [state, setState] = useState<Opened<T>>(() => (given ? { value: given } : {}));
  useEffect(() => {
    if (given) return () => close(given);
    let live = true;
    let opened: T | undefined;
    open().then(
      (value) => {
        if (!live) return close(value);
        opened = value;
        setState({ value });
      },
      (failure: unknown) => live && setState({ failure }),
    );
    return () => {
      live = false;
      if (opened) close(opened);
    };
    // Opened once for the screen's life: `open` and `close` are new functions on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [given]);
  return state;
}
