import type { IpWords } from './words.en.js';

const words: IpWords = {
  title: 'IP a binario',
  hint: 'Mirá cada bit de una dirección IPv4',
  help: {
    summary: 'Una dirección IPv4 o IPv6 en todas sus formas: binario, hexa, entero, nombre inverso, su tipo',
    options: {},
    examples: [
      'netlearn ip 192.168.1.10',
      'netlearn ip 11000000.10101000.00000001.00001010',
      'netlearn ip 10.0.0.1 --json',
      'netlearn ip 2001:DB8:0:0:0:0:0:1',
      'netlearn ip fe80::223:aeff:fea4:8ca9',
      'netlearn ip 00:23:ae:a4:8c:a9',
      'netlearn ip localhost',
      'printf "::1\\n3232235786\\n" | netlearn ip - --json',
    ],
  },
  labels: {
    placeValues: 'valor posicional',
    binary: 'binario',
    hex: 'hexa',
    integer: 'entero',
    scope: 'alcance',
    address: 'dirección',
  },
  scopeHints: {
    unspecified: '"cualquier dirección": un servidor que la usa en bind escucha en todas las interfaces',
    broadcast: 'todos los hosts de esta red local a la vez',
    loopback: 'esta misma máquina; los paquetes nunca salen de ella',
    private: 'para redes de casa y oficina; no se enruta en Internet',
    shared: 'entre un proveedor y sus clientes, detrás de un NAT de operador',
    'link-local': 'la elige el host solo cuando ningún servidor DHCP respondió',
    documentation: 'para ejemplos en libros y manuales; nunca se usa en una red real',
    multicast: 'un emisor, muchos receptores que se unieron al grupo',
    reserved: 'apartada; no es para hosts comunes',
    public: 'se enruta en Internet',
  },
  mac: {
    title: (p) => `${p.mac} es una dirección MAC: los 48 bits de una placa de red, no una dirección IP`,
    firstByte: 'byte 1 MAC',
    idByte: 'byte 1 id',
    universal: 'bit U/L 0: universal, grabado por el fabricante',
    local: 'bit U/L 1: asignado localmente, por software o a mano',
    flipped: 'El EUI-64 modificado (RFC 4291) invierte ese bit y pone ff:fe en el medio de la MAC:',
    interfaceId: 'id de interfaz',
    linkLocal: 'link-local',
  },
  sum: (p) => `${p.octet} = ${p.terms}`,
  screen: {
    field: 'Dirección',
    placeholder: 'p. ej. 192.168.1.10, 2001:db8::1 o 32 bits',
    bitsTitle: 'Bits: ←/→ mueven, Espacio invierte',
    flipped: (p) => `El bit de ${p.place} del octeto ${p.octet} ahora vale ${p.bit}: ${p.from} → ${p.to}`,
    keys: { bits: 'bits', edit: 'escribir', move: 'mover', flip: 'invertir bit' },
  },
  v6: {
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
      mac: 'MAC (EUI-64)',
      solicited: 'solicited-node',
      teredoServer: 'servidor Teredo',
      compression: 'Cómo se arma la forma corta (RFC 5952):',
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
    eui64: (p) =>
      `${p.mac}: el id de interfaz tiene ff:fe en el medio, así que se armó con esta MAC; su bit U/L se invirtió (${p.idByte} en la dirección, ${p.macByte} en la MAC)`,
    solicited:
      'El grupo al que pregunta el descubrimiento de vecinos cuando busca esta dirección (sus últimos 24 bits)',
    teredoServer: (p) =>
      `${p.server} (guardado tal cual); el puerto público del cliente es ${p.port} (guardado invertido)`,
    class: (p) => `${p.klass} (histórica: el direccionamiento por clases terminó en 1993, RFC 1519)`,
  },
};

export default words;
