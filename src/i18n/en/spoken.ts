/**
 * What a screen reader hears in place of a picture (bit tables, the port bar, the demo's drawing):
 * one sentence that says what the picture shows.
 */
const spoken = {
  octets: (p: { octets: readonly { decimal: number; bits: string }[]; cursor?: { octet: number; place: number } }) =>
    `In bits: ${p.octets.map((o) => `${o.decimal} is ${o.bits}`).join(', ')}.` +
    (p.cursor ? ` The cursor is on octet ${p.cursor.octet}, the bit worth ${p.cursor.place}.` : ''),
  hextets: (p: { hextets: readonly { hex: string; bits: string }[]; cursor?: { group: number; bit: number } }) =>
    `In bits, group by group: ${p.hextets.map((h) => `${h.hex} is ${h.bits}`).join(', ')}.` +
    (p.cursor ? ` The cursor is on group ${p.cursor.group}, bit ${p.cursor.bit} of 16.` : ''),
  boundary: (p: { address: string; mask: string; prefix: number }) =>
    `Address ${p.address} with mask ${p.mask}: the first ${p.prefix} bits name the network, the last ${32 - p.prefix} the host.`,
  boundary6: (p: { network: string; prefix: number }) =>
    `In ${p.network}, the first ${p.prefix} of 128 bits name the network, the other ${128 - p.prefix} the host.`,
  portBar: (p: { port: number; percent: number; start: number; end: number; inside: boolean }) =>
    `Port ${p.port} sits ${p.percent}% of the way from 0 to 65535, ` +
    `${p.inside ? 'inside' : 'outside'} this system's ephemeral range ${p.start}-${p.end}.`,
  utf8Row: (p: { char: string; codePoint: string; bytes: readonly string[] }) =>
    `${p.char}, ${p.codePoint}: ${p.bytes.length} ${p.bytes.length === 1 ? 'byte' : 'bytes'}, ${p.bytes.join(' ')}.`,
  diagram: (p: {
    server?: string;
    starting: boolean;
    clients: readonly { id: number; tuple?: string; outside: boolean; closing: boolean }[];
    selected?: number;
  }) =>
    (p.server ? `The server listens on ${p.server}` : p.starting ? 'The server is starting' : 'The server is stopped') +
    (p.clients.length === 0
      ? ', with no connections.'
      : `, with ${p.clients.length} ${p.clients.length === 1 ? 'connection' : 'connections'}: ` +
        p.clients
          .map(
            (c) =>
              `client ${c.id}${c.outside ? ' (from outside)' : ''}` +
              (c.tuple ? ` seen as ${c.tuple}` : '') +
              (c.closing ? ', closing' : '') +
              (c.id === p.selected ? ', selected' : ''),
          )
          .join('; ') +
        '.'),
};

export default spoken;
