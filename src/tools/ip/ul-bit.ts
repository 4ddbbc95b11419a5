/** A byte's eight bits split around the universal/local bit (the 7th from the left, worth 2). */
export function splitAtUlBit(byte: number): { before: string; bit: string; after: string } {
  const bits = byte.toString(2).padStart(8, '0');
  return { before: bits.slice(0, 6), bit: bits[6]!, after: bits[7]! };
}
