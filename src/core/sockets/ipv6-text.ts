/**
 * Eight 16-bit groups as RFC 5952 text: lower case, no leading zeros, the longest run of two or more
 * zero groups (the leftmost on a tie) as `::`; an IPv4-mapped address ends in dotted decimal
 * (`::ffff:127.0.0.1`), as `inet_ntop` and Python print it.
 */
export function ipv6Text(groups: readonly number[]): string {
  if (groups.length !== 8) throw new RangeError('an IPv6 address has eight groups');
  const mapped = groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff;
  if (mapped) {
    const [high, low] = [groups[6]!, groups[7]!];
    return `::ffff:${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`;
  }
  let best = { start: -1, length: 0 };
  for (let start = 0; start < 8; start++) {
    let length = 0;
    while (start + length < 8 && groups[start + length] === 0) length++;
    if (length >= 2 && length > best.length) best = { start, length };
  }
  const hex = groups.map((group) => group.toString(16));
  if (best.start < 0) return hex.join(':');
  const head = hex.slice(0, best.start).join(':');
  const tail = hex.slice(best.start + best.length).join(':');
  return `${head}::${tail}`;
}
