import type { InputErrorDetails } from '../../core/input-error.js';
import type en from '../en/ipv6.js';
import { visible } from '../visible-text.js';

type D = InputErrorDetails;

const group = (d: D) => `el grupo ${Number(d.index) + 1}`;
const at = (d: D) => `carácter ${Number(d.position) + 1}`;

const ipv6: typeof en = {
  labels: {
    canonical: 'canónica',
    expanded: 'forma completa',
    groups: 'grupos',
    integer: 'entero',
    hex: 'hexa',
    kind: 'tipo',
    zone: 'zona',
    reverse: 'DNS inverso',
    mapped: 'IPv4 adentro',
    class: 'clase',
    compression: 'Cómo se arma la forma corta (RFC 5952):',
  },
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
  kindHints: {
    unspecified: '"todavía sin dirección"; un servidor que hace bind en :: escucha en todas las interfaces',
    loopback: 'Esta misma máquina, como 127.0.0.1; los paquetes nunca salen de ella',
    'ipv4-mapped': 'Una dirección IPv4 vista desde un socket IPv6 (doble pila)',
    nat64: 'Un host IPv4 al que se llega desde una red solo IPv6 a través de un gateway NAT64',
    teredo: 'IPv6 encapsulado en UDP sobre IPv4 para atravesar NAT; hoy es raro',
    documentation: 'Para ejemplos en libros y manuales; nunca se usa en una red real',
    '6to4': 'IPv6 encapsulado sobre IPv4, armado a partir de una IPv4 pública; obsoleto',
    'link-local': 'Toda interfaz tiene una; vale solo en su propio enlace y nunca se enruta',
    'site-local': 'La reemplazaron las direcciones locales únicas en 2004 (RFC 3879)',
    'unique-local': 'Para redes de casa y oficina, como los rangos privados de IPv4; no se enruta en Internet',
    multicast: 'Un emisor, muchos receptores que se unieron al grupo',
    'global-unicast': 'Se enruta en Internet; tu proveedor te asigna un prefijo de estas',
    reserved: 'Apartada por la IETF; no se asigna',
  },
  multicastScopes: {
    'interface-local': 'de interfaz',
    'link-local': 'de enlace',
    'realm-local': 'de reino',
    'admin-local': 'administrativo',
    'site-local': 'de sitio',
    'organization-local': 'de organización',
    global: 'global',
    reserved: 'reservado',
    unassigned: 'sin asignar',
  },
  scopeOf: (p) => `alcance ${p.scope}`,
  embedded: (p) =>
    p.kind === 'teredo' ? `${p.ipv4} (la dirección pública del cliente Teredo, con los bits invertidos)` : p.ipv4,
  zoneNote: (p) =>
    p.linkLocal
      ? `%${p.zone} dice en el enlace de qué interfaz: fe80:: existe en todas.`
      : `%${p.zone} nombra una interfaz, pero solo las direcciones de enlace local la necesitan; se guarda y se muestra, no se usa.`,
  steps: {
    full: '1. la forma completa, 8 grupos de 4 dígitos hexa:',
    trimmed: '2. sin los ceros a la izquierda de cada grupo:',
    run: (p) =>
      `3. la racha más larga de grupos en cero (grupos ${p.start + 1}-${p.start + p.length}) pasa a ser "::", una sola vez:`,
    noRun: '3. no hay dos o más grupos en cero seguidos, así que no va "::":',
    tied: 'Había dos rachas igual de largas: se acorta la primera.',
    loneZero: 'Un solo grupo en cero queda como "0": "::" nunca reemplaza un único grupo.',
    mapped: 'Una dirección IPv4 mapeada deja sus últimos 32 bits en decimal con puntos (RFC 5952, sección 5):',
    lowercase: 'Los dígitos hexa van en minúscula.',
  },
  screen: {
    flipped: (p) =>
      `El bit ${p.bitNumber} ahora vale ${p.bit}: grupo ${p.group}, dígito hexa ${p.digit}, ${p.fromDigit} → ${p.toDigit} (${p.fromGroup} → ${p.toGroup})`,
  },
  class: (p) => `${p.klass} (histórica: el direccionamiento por clases terminó en 1993, RFC 1519)`,
  inputErrors: {
    'ip-integer-range': (d) =>
      `${visible(d.part)} pasa de 4294967295 (0xFFFFFFFF): una dirección IPv4 es un solo número de 32 bits.`,
    'ip6-zone-empty': (d) =>
      `"${visible(d.part)}" termina en "%" sin zona después (${at(d)}): nombrá la interfaz, como %eth0, o sacá el %.`,
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
