import type { InputErrorDetails } from '../../core/input-error.js';
import type en from '../en/ip.js';
import { visible } from '../visible-text.js';
import v6 from './ipv6.js';

type D = InputErrorDetails;

const what = (d: D) => (d.field === 'mask' ? 'la máscara' : 'la dirección');
const octet = (d: D) => `el octeto ${Number(d.index) + 1}`;

const ip: typeof en = {
  scopes: {
    unspecified: 'no especificada',
    broadcast: 'broadcast',
    loopback: 'loopback',
    private: 'privada',
    shared: 'compartida (NAT de operador)',
    'link-local': 'de enlace local',
    documentation: 'de documentación',
    multicast: 'multicast',
    reserved: 'reservada',
    public: 'pública',
  },
  v6,
  inputErrors: {
    ...v6.inputErrors,
    'ip-empty': (d) =>
      `${d.field === 'mask' ? 'La máscara' : 'La dirección'} está vacía: escribí cuatro números de 0 a 255 separados por puntos, como 192.168.1.10.`,
    'ip-parts': (d) =>
      `"${visible(d.part)}" tiene ${d.count} ${d.count === 1 ? 'parte' : 'partes'}, pero una dirección IPv4 tiene exactamente 4 números separados por puntos (como 192.168.1.10).`,
    'ip-octet-empty': (d) => `${octet(d)} de ${what(d)} está vacío: hay dos puntos seguidos, o un punto en un extremo.`,
    'ip-octet-char': (d) =>
      `${octet(d)} de ${what(d)}, "${visible(d.part)}", tiene "${visible(d.char)}" (carácter ${Number(d.position) + 1}): cada octeto lleva solo dígitos del 0 al 9.`,
    'ip-octet-non-ascii-digit': (d) =>
      `${octet(d)} de ${what(d)}, "${visible(d.part)}", usa el dígito "${visible(d.char)}" (carácter ${Number(d.position) + 1}), que no es uno de 0-9. Escribilo con dígitos ASCII comunes.`,
    'ip-trailing': (d) =>
      `${what(d)} está completa, pero la sigue "${visible(d.part)}" (desde el carácter ${Number(d.index) + 1}). Sacalo.`,
    'ip-octet-leading-zero': (d) =>
      `${octet(d)} de ${what(d)}, "${visible(d.part)}", empieza con 0. Algunos programas leen un 0 inicial como octal${
        d.octal === undefined ? '' : ` (${visible(d.part)} valdría ${d.octal}, no ${d.decimal})`
      } y otros como decimal, así que es ambiguo: escribí ${d.decimal}.`,
    'ip-octet-range': (d) =>
      `${octet(d)} de ${what(d)}, ${visible(d.part)}, pasa de 255: 8 bits guardan solo de 0 a 255.`,
    'ip-bits-length': (d) =>
      `${what(d)} en bits necesita exactamente 32 ceros y unos; "${visible(d.part)}" tiene ${d.count}.`,
    'ip-bits-group-length': (d) =>
      `el grupo ${Number(d.index) + 1} de ${what(d)} en bits, "${visible(d.part)}", tiene ${d.count} bits; cada uno de los 4 grupos necesita 8.`,
  },
};

export default ip;
