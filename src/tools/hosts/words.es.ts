import type { HostsWords } from './words.en.js';

const help: HostsWords['help'] = {
  summary: 'Cada dirección utilizable de una red, o cada dirección de una a otra, una por línea',
  options: {
    step: 'Lista solo una de cada N direcciones (--step 2: una sí, una no)',
    all: 'Con una red: también sus direcciones de red y de broadcast, no solo los hosts utilizables',
  },
  examples: [
    'netlearn hosts 192.168.1.0/29',
    'netlearn hosts 10.0.0.1 10.0.0.20 --step 5',
    'netlearn hosts 2001:db8::/64 | head',
  ],
  details:
    'Una red lista sus hosts como lo hace hosts() de Python: IPv4 deja afuera las direcciones de red y de broadcast (una /31 y una /32 las conservan), IPv6 solo la dirección propia de la red. La salida fluye: "| head" la corta enseguida.',
};

const words: HostsWords = {
  title: help.summary,
  help,
};

export default words;
