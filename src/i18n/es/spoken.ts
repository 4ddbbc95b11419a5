import type en from '../en/spoken.js';

const spoken: typeof en = {
  octets: (p) =>
    `En bits: ${p.octets.map((o) => `${o.decimal} es ${o.bits}`).join(', ')}.` +
    (p.cursor ? ` El cursor está en el octeto ${p.cursor.octet}, en el bit que vale ${p.cursor.place}.` : ''),
  hextets: (p) =>
    `En bits, grupo por grupo: ${p.hextets.map((h) => `${h.hex} es ${h.bits}`).join(', ')}.` +
    (p.cursor ? ` El cursor está en el grupo ${p.cursor.group}, bit ${p.cursor.bit} de 16.` : ''),
  boundary: (p) =>
    `Dirección ${p.address} con máscara ${p.mask}: los primeros ${p.prefix} bits nombran la red, los últimos ${32 - p.prefix} el host.`,
  boundary6: (p) =>
    `En ${p.network}, los primeros ${p.prefix} de 128 bits nombran la red, los otros ${128 - p.prefix} el host.`,
  portBar: (p) =>
    `El puerto ${p.port} está al ${p.percent}% del camino de 0 a 65535, ` +
    `${p.inside ? 'dentro' : 'fuera'} del rango efímero de este sistema, ${p.start}-${p.end}.`,
  utf8Row: (p) =>
    `${p.char}, ${p.codePoint}: ${p.bytes.length} ${p.bytes.length === 1 ? 'byte' : 'bytes'}, ${p.bytes.join(' ')}.`,
  diagram: (p) =>
    (p.server
      ? `El servidor escucha en ${p.server}`
      : p.starting
        ? 'El servidor está arrancando'
        : 'El servidor está parado') +
    (p.clients.length === 0
      ? ', sin conexiones.'
      : `, con ${p.clients.length} ${p.clients.length === 1 ? 'conexión' : 'conexiones'}: ` +
        p.clients
          .map(
            (c) =>
              `cliente ${c.id}${c.outside ? ' (de afuera)' : ''}` +
              (c.tuple ? ` visto como ${c.tuple}` : '') +
              (c.closing ? ', cerrándose' : '') +
              (c.id === p.selected ? ', elegido' : ''),
          )
          .join('; ') +
        '.'),
};

export default spoken;
