import type { InputErrorDetails } from '../../core/input-error.js';
import type en from '../en/ipv6.js';
import { visible } from '../visible-text.js';

type D = InputErrorDetails;

const group = (d: D) => `el grupo ${Number(d.index) + 1}`;
const at = (d: D) => `carácter ${Number(d.position) + 1}`;

const ipv6: typeof en = {
  kinds: {
    unspecified: 'no especificada',
    loopback: 'loopback',
    'ipv4-mapped': 'IPv4 mapeada',
    nat64: 'NAT64',
    teredo: 'Teredo',
    documentation: 'de documentación',
    '6to4': '6to4',
    'link-local': 'de enlace local',
    'site-local': 'de sitio local (obsoleta)',
    'unique-local': 'local única',
    multicast: 'multicast',
    'global-unicast': 'unicast global',
    reserved: 'reservada',
  },
  inputErrors: {
    'ip-integer-range': (d) =>
      `${visible(d.part)} pasa de 4294967295 (0xFFFFFFFF): una dirección IPv4 es un solo número de 32 bits.`,
    'ip6-zone-empty': (d) =>
      `"${visible(d.part)}" termina en "%" sin zona después (${at(d)}): nombrá la interfaz, como %eth0, o sacá el %.`,
    'ip6-zone-long': (d) =>
      `la zona "${visible(d.part)}" tiene más de ${d.max} caracteres: una zona nombra una interfaz, como %eth0, o su número, como %2.`,
    'ip6-zone-char': (d) =>
      `la zona "${visible(d.part)}" tiene "${visible(d.char)}" (${at(d)}): una zona nombra una interfaz, como %eth0, o su número; el prefijo va antes del %, por ejemplo fe80::1/64.`,
    'ip6-colons': (d) =>
      `"${visible(d.part)}" tiene tres dos puntos seguidos en el ${at(d)}: "::" son dos, y ":" solo separa grupos.`,
    'ip6-double-gap': (d) =>
      `"${visible(d.part)}" usa "::" dos veces (caracteres ${Number(d.position) + 1} y ${Number(d.index) + 1}): va una sola vez, si no nadie sabría cuántos grupos en cero esconde cada uno.`,
    'ip6-group-empty': (d) =>
      `${group(d)} de "${visible(d.part)}" está vacío (${at(d)}): sobra un ":" en un extremo, o escribí "::" para los grupos en cero.`,
    'ip6-group-char': (d) =>
      `${group(d)}, "${visible(d.part)}", tiene "${visible(d.char)}" en el ${at(d)}: un grupo lleva solo dígitos hexa, 0-9 y a-f.`,
    'ip6-group-long': (d) =>
      `${group(d)}, "${visible(d.part)}" (desde el ${at(d)}), tiene ${d.count} dígitos hexa: un grupo guarda 16 bits, a lo sumo 4 dígitos hexa.`,
    'ip6-ipv4-misplaced': (d) =>
      `la parte IPv4 "${visible(d.part)}" (desde el ${at(d)}) tiene que ir al final, como los últimos 32 bits: ::ffff:192.168.1.10.`,
    'ip6-group-count': (d) =>
      `"${visible(d.part)}" tiene ${d.count} ${d.count === 1 ? 'grupo' : 'grupos'} de 16 bits, pero una dirección IPv6 tiene 8 (o menos si "::" reemplaza los ceros).`,
    'ip6-group-count-gap': (d) =>
      `"${visible(d.part)}" escribe ${d.count} grupos además de "::", pero "::" tiene que reemplazar al menos uno de los 8: escribí 7 como mucho.`,
  },
};

export default ipv6;
