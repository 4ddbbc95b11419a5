import type { GrepWords } from './words.en.js';

const help: GrepWords['help'] = {
  summary: 'Deja las líneas de stdin que tienen una dirección dentro de estas redes (IPv4 e IPv6)',
  options: {
    invert: 'Deja en cambio las líneas que no tienen ninguna dirección adentro',
    only: 'Muestra solo las direcciones de adentro, una por línea, no las líneas enteras',
    count: 'Muestra solo cuántas líneas quedaron',
  },
  examples: [
    'netlearn grep 10.0.0.0/8,192.168.0.0/16 < /var/log/auth.log',
    'journalctl | netlearn grep -o 2001:db8::/32',
    'netlearn grep -v 127.0.0.0/8,::1 < access.log | head',
  ],
  details:
    'Una dirección cuenta esté donde esté en la línea: sola, con puerto (10.0.0.1:8080, [2001:db8::1]:443), entre corchetes o con zona (fe80::1%eth0). Las líneas pasan byte por byte, sea cual sea su codificación; el log fluye en memoria constante.',
};

const words: GrepWords = {
  title: help.summary,
  help,
  lineCut: (p) =>
    `Nota: ${p.count} ${p.count === 1 ? 'línea era más larga' : 'líneas eran más largas'} que ${p.limit} y se leyeron por partes.`,
};

export default words;
