/**
 * Each byte turned into text and joined, a slice at a time: for a megabyte, never a string added to
 * a character at a time nor an array of a million small strings.
 */
export function byteText(bytes: ArrayLike<number>, piece: (byte: number) => string, separator = ''): string {
  const slices: string[] = [];
  for (let start = 0; start < bytes.length; start += 4096) {
    const pieces: string[] = [];
    for (let i = start; i < Math.min(bytes.length, start + 4096); i++) pieces.push(piece(bytes[i]!));
    slices.push(pieces.join(separator));
  }
  return slices.join(separator);
}
