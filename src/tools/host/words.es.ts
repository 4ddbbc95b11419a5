import type { HostWords } from './words.en.js';

const words: HostWords = {
  title: 'Este host',
  hint: 'Tu nombre de host, interfaces y máscaras',
  help: {
    summary: 'Esta máquina: nombre, qué es localhost, interfaces y máscaras',
    options: {},
    examples: ['netlearn host', 'netlearn host --json'],
  },
  hostname: 'Nombre',
  localhost: 'localhost',
  localhostSource: (p) =>
    !p.readable
      ? `lo que responde el resolvedor del sistema; no se pudo leer el archivo hosts ${p.path}`
      : p.answered
        ? `del archivo hosts ${p.path}, ${p.lines}, no del DNS: no hace falta internet`
        : `el archivo hosts ${p.path} no da esta respuesta: el resolvedor la encontró en otro lado`,
  hostsLine: (p) => `línea ${p.line} "${p.text}"`,
  localhostNone: 'el resolvedor no respondió nada',
  interfacesHeading: 'Interfaces',
  columns: {
    name: 'nombre',
    family: 'familia',
    address: 'dirección',
    netmask: 'máscara',
    cidr: 'CIDR',
    network: 'red',
    internal: '',
  },
  internal: 'interna',
  external: 'alcanzable desde la red',
  unknown: '?',
  lesson:
    'Las interfaces internas (loopback) nunca salen de esta máquina; las otras son por donde te alcanzan las demás computadoras. ' +
    'Un servidor que hace bind en 127.0.0.1 solo responde acá.',
  screen: {
    openSubnet: 'abrir en subredes',
    noPrefix:
      'La máscara de esta línea tiene huecos, así que no tiene prefijo para la herramienta de subredes: elegí otra línea.',
    loading: 'Consultando al resolvedor…',
    fromHostsFile: (p) => `(del archivo hosts ${p.path})`,
  },
};

export default words;
