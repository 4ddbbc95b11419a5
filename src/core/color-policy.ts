export interface ColorInputs {
  /** Whether the output goes to a terminal. */
  isTTY: boolean;
  /** The `--no-color` flag. */
  noColorFlag: boolean;
  env: Record<string, string | undefined>;
}

/** Colour only for a terminal that can show it and a user who has not asked for none. */
export function colorEnabled({ isTTY, noColorFlag, env }: ColorInputs): boolean {
  if (noColorFlag || !isTTY) return false;
  if (env.NO_COLOR) return false; // https://no-color.org: set and non-empty
  if (env.TERM === 'dumb') return false;
  return true;
}
