const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** The live demo's connection diagram. */
const diagram = {
  server: 'server',
  listening: (p: { tuple: string }) => `listening on ${p.tuple}`,
  stopped: 'stopped: press r to start it again',
  starting: 'starting…',
  client: (p: { id: number }) => `client ${p.id}`,
  outside: 'outside',
  fromAccept: 'accept() →',
  fromGetsockname: 'getsockname() →',
  fresh: 'new',
  closedBy: (p: { by: 'client' | 'server' }) => `${p.by} closed`,
  reset: 'reset (RST)',
  bytes: (p: { bytes: number }) => count(p.bytes, 'byte', 'bytes'),
  more: {
    above: (p: { count: number }) => `↑ ${count(p.count, 'more client', 'more clients')} above`,
    below: (p: { count: number }) => `↓ ${count(p.count, 'more client', 'more clients')} below`,
  },
  none: 'No connections yet: press a to add a client, or connect nc',
};

export type DiagramWords = typeof diagram;
export default diagram;
