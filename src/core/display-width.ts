import stringWidth from 'string-width';

/**
 * How many terminal columns a string takes, as a terminal draws it: accents and joiners take
 * none, East Asian wide characters and emoji take two, escape codes are not counted.
 */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

/** Pads text to a number of terminal columns. */
export function padColumns(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - displayWidth(text)));
}

/** Each column padded to its widest cell. */
export function alignRows(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => displayWidth(row[column]!)))) ?? [];
  return rows.map((row) => row.map((cell, column) => padColumns(cell, widths[column]!)).join('  ').trimEnd());
}
