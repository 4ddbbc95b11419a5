import kinds from './kinds.es.js';
import type { ExplainWords } from './words.en.js';

/** `netlearn explain`: las palabras alrededor de cada explicación. */
const words: ExplainWords = {
  title: 'Explicar un error',
  help: {
    summary: 'Un error de sockets o de codificación: qué pasó en la red, las causas de siempre, el arreglo',
    details:
      'Dale la última línea de un traceback de Python, un nombre de errno (ECONNREFUSED), un número (98, 48, ' +
      '10048), un código de error de Node o una línea pegada de ss/netstat; o pasale por tubería la salida de ' +
      'un programa: cada error distinto se explica una vez.',
    options: {},
    examples: [
      'netlearn explain "OSError: [Errno 98] Address already in use"',
      'netlearn explain ECONNREFUSED',
      'netlearn explain 10054',
      'python3 server.py 2>&1 | netlearn explain',
    ],
  },
  kinds,
  labels: {
    from: 'de',
    wire: 'Qué pasó',
    causes: 'Causas de siempre',
    fixes: 'Qué probar',
    show: 'Para verlo',
    lesson: 'Lección',
  },
  systems: { linux: 'Linux', macos: 'macOS', windows: 'Windows' },
  errnoLine: (p) => `(${p.names})`,
  unknown: (p) =>
    `netlearn no reconoce "${p.input}" como un error de sockets o de codificación.` +
    (p.suggestion ? ` ¿Quisiste decir ${p.suggestion}?` : '') +
    ` Conoce: ${p.kinds}. ` +
    'Dale la última línea de un traceback, un nombre o número de errno, o un código de error de Node.',
  noInput: (p) =>
    'Dale el error a explicar, por ejemplo netlearn explain "OSError: [Errno 98] Address already in use", o ' +
    `pasale por tubería la salida de un programa. netlearn conoce: ${p.kinds}.`,
  nothingPiped: (p) =>
    `No se encontró ningún error de sockets ni de codificación en la entrada. netlearn conoce: ${p.kinds}.`,
  truncated: (p) => `(solo se leyeron los primeros ${p.limit} de la entrada)`,
};

export default words;
