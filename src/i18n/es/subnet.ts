import type en from '../en/subnet.js';
import { visible } from '../visible-text.js';
import v6 from './subnet6.js';

const subnet: typeof en = {
  v6,
  inputErrors: {
    ...v6.inputErrors,
    'subnet-empty': () =>
      'No hay nada que dividir: escribí una dirección con prefijo, como 192.168.1.10/24, o una dirección y una máscara.',
    'subnet-no-prefix': (d) =>
      d.family === 'IPv6'
        ? `"${visible(d.part)}" no tiene prefijo: agregale uno, como ${visible(d.part)}/64.`
        : `"${visible(d.part)}" no tiene prefijo ni máscara: agregale uno, como ${visible(d.part)}/24 o ${visible(d.part)} 255.255.255.0.`,
    'subnet-two-masks': (d) =>
      d.command
        ? `el prefijo aparece dos veces: después de la barra y como "${visible(d.part)}". Para dividir la red en subredes más chicas, escribí: ${visible(d.command)}`
        : `el prefijo aparece dos veces: después de la barra y como "${visible(d.part)}". Dejá uno.`,
    'subnet-prefix-missing': (d) =>
      d.family === 'IPv6'
        ? 'falta el prefijo después de la barra: escribí un número de 0 a 128, como /64.'
        : 'falta el prefijo después de la barra: escribí un número de 0 a 32, como /24.',
    'subnet-prefix-negative': (d) => `el prefijo ${visible(d.part)} es negativo: cuenta bits de red, de 0 a 32.`,
    'subnet-prefix-not-number': (d) =>
      `el prefijo "${visible(d.part)}" no es un número entero de 0 a 32 (solo dígitos, como 24).`,
    'subnet-prefix-leading-zero': (d) =>
      `el prefijo "${visible(d.part)}" empieza con un cero; escribilo sin él, como ${visible((d.part ?? '').replace(/^0+(?=\d)/, ''))}.`,
    'subnet-prefix-range': (d) => `el prefijo ${visible(d.part)} pasa de 32: una dirección IPv4 tiene solo 32 bits.`,
    'subnet-mask-noncontiguous': (d) =>
      `la máscara ${visible(d.part)} mezcla unos y ceros: una máscara tiene primero todos sus unos y después todos los ceros (como 255.255.0.0).`,
    'subnet-split-missing': () => '--split necesita un tamaño: /P (cada subred de prefijo P) o una cantidad N.',
    'subnet-split-not-number': (d) => `--split "${visible(d.part)}" no es ni /P (como /26) ni una cantidad (como 4).`,
    'subnet-split-zero': (d) =>
      `--split ${visible(d.part)}: una red se divide en 1 o más subredes, no en ${visible(d.part)}.`,
    'subnet-split-prefix-range': (d) =>
      `--split ${visible(d.part)}: el prefijo tiene que ir de /${d.prefix} (el de la red) a /32.`,
    'subnet-split-prefix-short': (d) =>
      `--split ${visible(d.part)} es más corto que el /${d.prefix} de la red: una subred no puede ser más grande que su red.`,
    'subnet-split-too-many': (d) =>
      `--split ${visible(d.part)}: una /${d.prefix} tiene como mucho ${d.max} subredes (de /32).`,
    'subnet-split-and-hosts': () => 'usá --split o --hosts, no los dos a la vez.',
    'subnet-hosts-empty': () => '--hosts necesita cantidades de hosts separadas por comas, como 100,50,20.',
    'subnet-hosts-entry': (d) =>
      `el valor ${Number(d.index) + 1} de --hosts, "${visible(d.part)}", no es un número entero mayor que 0 (separá con comas: 100,50,20).`,
    'subnet-hosts-too-big': (d) => `${visible(d.part)} hosts no entran en esta red: tiene ${d.max} hosts utilizables.`,
    'subnet-hosts-no-room': (d) =>
      `estas subredes necesitan ${d.needed} direcciones en total, pero la red tiene ${d.available}. Pedí menos hosts o usá un prefijo más corto.`,
  },
};

export default subnet;
