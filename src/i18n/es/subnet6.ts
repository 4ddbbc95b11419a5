import type en from '../en/subnet6.js';
import { visible } from '../visible-text.js';

const subnet6: typeof en = {
  lineError: (p) => `línea ${p.line}: ${p.message}`,
  badLines: (p) =>
    `${p.bad} de ${p.total} líneas no eran válidas (` +
    (p.named < p.bad ? `las primeras ${p.named} están arriba).` : 'ver arriba).'),
  inputErrors: {
    'subnet6-prefix-range': (d) => `el prefijo ${visible(d.part)} pasa de 128: una dirección IPv6 tiene solo 128 bits.`,
    'subnet6-split-prefix-range': (d) =>
      `--split ${visible(d.part)}: el prefijo va desde /${d.prefix} (el de la red) hasta /128.`,
    'subnet6-split-too-many': (d) =>
      `--split ${visible(d.part)}: un /${d.prefix} tiene como mucho ${d.max} subredes (de /128).`,
    'ip-family-mix': (d) =>
      `"${visible(d.part)}" no es de la misma familia que la primera dirección: pasá dos IPv4 o dos IPv6.`,
    'range-reversed': (d) =>
      `la primera dirección del rango, ${visible(d.part)}, está después de la última: poné primero la menor.`,
    'subnet6-hosts': () =>
      '--hosts planifica subredes IPv4, donde cada host cuenta; en IPv6 cada LAN recibe una /64 y listo: usá --split /64.',
    'aggregate-empty': () =>
      'no hay nada que unir: pasá redes como argumentos (10.0.0.0/25 10.0.0.128/25) o una por línea en stdin.',
  },
};

export default subnet6;
