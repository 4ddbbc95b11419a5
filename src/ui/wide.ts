import { useIsScreenReaderEnabled } from 'ink';

/**
 * A screen this wide (a 120-column terminal, less the shell's margins) has room to lay two panels
 * side by side: the check list beside its diagnosis, the sockets beside what their states mean.
 */
const wideScreenColumns = 118;

/**
 * Whether to lay panels side by side at this width: never for a screen reader, which reads a row
 * of panels as one line and would run a list item into the panel beside it.
 */
export function useWide(screenWidth: number): boolean {
  const reader = useIsScreenReaderEnabled();
  return !reader && screenWidth >= wideScreenColumns;
}

/** Columns of two panels side by side with a gap of two: the first gets `share` of the room. */
export function sideBySide(width: number, share = 0.5): [number, number] {
  const first = Math.floor((width - 2) * share);
  return [first, width - 2 - first];
}
