/** The rows of a list that a screen shows: `start` (inclusive) to `end` (exclusive). */
export interface ListWindow {
  start: number;
  end: number;
  /** Some items are left out, so a "N more" marker shows above, below or both. */
  cut: boolean;
}

/**
 * Which items of a `count`-long list fit in `rows`, with `selected` in view. When they don't all
 * fit, two rows go to the "N more above/below" markers, so the list never hides items silently.
 */
export function listWindow(count: number, selected: number, rows: number): ListWindow {
  if (count <= rows) return { start: 0, end: count, cut: false };
  const shown = Math.max(1, rows - 2);
  const start = Math.min(Math.max(0, selected - Math.floor(shown / 2)), count - shown);
  return { start, end: start + shown, cut: true };
}
