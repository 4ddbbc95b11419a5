import type en from './diagram-words.en.js';

const count = (n: number, one: string, many: string) => `${n.toLocaleString('es-AR')} ${n === 1 ? one : many}`;

const diagram: typeof en = {
  server: 'servidor',
  listening: (p) => `escuchando en ${p.tuple}`,
  stopped: 'detenido: apretá r para arrancarlo de nuevo',
  starting: 'arrancando…',
  client: (p) => `cliente ${p.id}`,
  outside: 'de afuera',
  fromAccept: 'accept() →',
  fromGetsockname: 'getsockname() →',
  fresh: 'nueva',
  closedBy: (p) => (p.by === 'client' ? 'cerró el cliente' : 'cerró el servidor'),
  reset: 'reset (RST)',
  bytes: (p) => count(p.bytes, 'byte', 'bytes'),
  more: {
    above: (p) => `↑ ${count(p.count, 'cliente más', 'clientes más')} arriba`,
    below: (p) => `↓ ${count(p.count, 'cliente más', 'clientes más')} abajo`,
  },
  none: 'Todavía no hay conexiones: apretá a para agregar un cliente, o conectá nc',
};

export default diagram;
