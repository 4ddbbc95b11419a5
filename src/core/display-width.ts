import stringWidth from './string-width.js';

/**
 * Characters one column wide on their own and in any sequence (ASCII, Latin letters, common
 * punctuation, arrows, box drawing): text made only of these skips string-width, whose Unicode
 * set-up costs a plain command more than its work. A test checks each against string-width.
 */
export const narrowText =
  /^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u02FF\u2010-\u2027\u2030-\u205E\u20A0-\u20C0\u2190-\u21FF\u2500-\u257F]*$/;

/**
 * How many terminal columns a string takes, as a terminal draws it: accents and joiners take
 * none, East Asian wide characters and emoji take two, escape codes are not counted.
 */
export function displayWidth(text: string): number {
  return narrowText.test(text) ? text.length : stringWidth(text);
}

/** Pads text to a number of terminal columns. */
export function padColumns(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - displayWidth(text)));
}

/** Each column padded to its widest cell. */
export function alignRows(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => displayWidth(row[column]!)))) ?? [];
  return rows.map((row) =>
    row
      .map((cell, column) => padColumns(cell, widths[column]!))
      .join('  ')
      .trimEnd(),
  );
}

/** Text cut (ending in …) or padded to exactly `columns` terminal columns: a name in a table's column. */
export function fitColumns(text: string, columns: number): string {
  if (displayWidth(text) <= columns) return padColumns(text, columns);
  let kept = '';
  for (const char of text) {
    if (displayWidth(kept + char) > columns - 1) break;
    kept += char;
  }
  return padColumns(`${kept}…`, columns);
}
