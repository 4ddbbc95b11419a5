import type { SubnetWords } from './words.en.js';

const words: SubnetWords = {
  title: 'Subredes',
  hint: 'Separá una dirección en red y host',
  help: {
    summary: 'Separa una dirección en parte de red y parte de host; lista subredes',
    options: {
      split: 'Lista subredes: /P para todas las /P, N para la división pareja más chica en N',
      hosts: 'Asigna subredes para esas cantidades de hosts, de mayor a menor (p. ej. 100,50,20)',
      contains: '¿Esta dirección o red está adentro? sí o no, con los bits que lo deciden',
      supernet: 'La red más grande que contiene a esta: un bit menos, o hasta el prefijo que le sigue (--supernet /22)',
      exclude:
        'Saca un bloque de la red: lo que queda, en la menor cantidad de bloques (como address_exclude de Python)',
      next: 'Los N bloques del mismo tamaño que vienen justo después de este',
      'random-private': 'Una red IPv4 privada al azar de ese tamaño para un laboratorio (RFC 1918), p. ej. /24',
      'random-ula':
        'Un prefijo IPv6 local único al azar para un laboratorio (RFC 4193: fd00::/8 y un id de 40 bits), p. ej. /48',
      seed: 'Con --random-*: la misma semilla da la misma red, así se puede volver a calcular después',
      for: 'Con --seed: el nombre de un estudiante o de una mesa, así cada uno recibe su propia red',
    },
    examples: [
      'netlearn subnet 192.168.1.10/24',
      'netlearn subnet 192.168.1.10 255.255.255.0',
      'netlearn subnet 10.0.0.0/8 --split /16 | head',
      'netlearn subnet 192.168.0.0/24 --hosts 100,50,20',
      'netlearn subnet 2001:db8::/32 --split /48 | head',
      'netlearn subnet 10.0.0.0/8 --contains 10.20.30.40',
      'netlearn subnet 192.168.1.10/24 --supernet /22',
      'netlearn subnet 192.168.0.0/24 --exclude 192.168.0.64/26',
      'netlearn subnet 10.0.0.0/24 --next 4',
      'netlearn subnet --random-private /24 --seed lab3 --for ana',
    ],
  },
  labels: {
    networkPart: 'bits de red',
    hostPart: 'bits de host',
    address: 'dirección',
    mask: 'máscara',
    wildcard: 'wildcard',
    network: 'red',
    broadcast: 'broadcast',
    firstHost: 'primer host',
    lastHost: 'último host',
    addresses: 'direcciones',
    hosts: 'hosts utilizables',
    scope: 'alcance',
  },
  sentence: {
    host: (p) => `${p.address} es el host ${p.index} de la red ${p.cidr}.`,
    network: (p) => `${p.address} es la dirección de red de ${p.cidr}: nombra a la red, ningún host la usa.`,
    broadcast: (p) =>
      `${p.address} es la dirección de broadcast de ${p.cidr}: un paquete enviado ahí llega a todos sus hosts.`,
    pointToPoint: (p) =>
      `${p.address} es el host ${p.index} de 2 del enlace punto a punto ${p.cidr} (RFC 3021: las dos direcciones son hosts; la primera y la última figuran como red y broadcast solo como referencia).`,
    single: (p) => `${p.cidr} es un único host: ${p.address}.`,
  },
  split: {
    notPowerOfTwo: (p) =>
      `Nota: ${p.requested} no es potencia de dos; la menor división en partes iguales es en ${p.count} subredes /${p.prefix} (${p.count - p.requested} más de las pedidas).`,
    header: (p) => `${p.cidr} en ${p.count} subredes /${p.prefix}:`,
    row: (p) => `${p.hosts} ${p.hosts === 1 ? 'host' : 'hosts'}`,
    position: (p) => `${p.from}-${p.to} de ${p.count}`,
  },
  vlsm: {
    classicNote:
      'Cada subred tiene 2^h - 2 hosts utilizables (sin red ni broadcast), como mínimo una /30: la /31 del RFC 3021 es solo para enlaces punto a punto.',
    header: (p) => `${p.cidr}, del pedido más grande al más chico:`,
    wanted: (p) => `${p.wanted} pedidos`,
    unused: 'sin usar',
    noneUnused: 'No queda nada sin usar',
  },
  steps: {
    supernet: {
      header: (p) => `${p.cidr} está dentro de ${p.supernet}`,
      kept: 'quedan',
      dropped: 'se sueltan',
      host: 'bits de host',
      sentence: (p) =>
        p.dropped === 0
          ? `Mismo prefijo: ${p.supernet} es la red misma.`
          : `Al soltar ${p.dropped} ${p.dropped === 1 ? 'bit' : 'bits'} de red (${p.bits}) pasan a ser de host: ${p.supernet} contiene ${p.count} redes /${p.prefix}, esta entre ellas.`,
      readAs: (p) => `Leído como superred, igual que: ${p.command}`,
    },
    exclude: {
      header: (p) =>
        `${p.cidr} sin ${p.excluded}: ${p.count} ${p.count === 1 ? 'bloque' : 'bloques'}, del más grande al más chico`,
      same: (p) => `No queda nada: ${p.cidr} saca la red entera.`,
    },
    next: {
      header: (p) => `${p.count === '1' ? 'El bloque' : `Los ${p.count} bloques`} /${p.prefix} después de ${p.cidr}:`,
      spaceEnds: (p) =>
        `Nota: el espacio de direcciones ${p.family} se termina después de ${p.count} de los ${p.asked} bloques pedidos.`,
    },
    total: {
      split: (p) =>
        `Total: ${p.count} ${p.count === '1' ? 'subred' : 'subredes'} /${p.prefix}, ${p.hosts} hosts utilizables, ${p.addresses} direcciones`,
      split6: (p) =>
        `Total: ${p.count} ${p.count === '1' ? 'subred' : 'subredes'} /${p.prefix}, ${p.addresses} direcciones`,
      vlsm: (p) =>
        `Total: ${p.subnets} ${p.subnets === 1 ? 'subred' : 'subredes'}, ${p.wanted} hosts pedidos, ${p.hosts} utilizables, ${p.used} direcciones usadas, ${p.unused} sin usar`,
    },
    lab: {
      seeded: (p) =>
        p.student === ''
          ? `Con la semilla "${p.seed}": la misma semilla vuelve a dar esta red.`
          : `Con la semilla "${p.seed}" para "${p.student}": el mismo par vuelve a dar esta red.`,
      unseeded: (p) => `Elegida al azar; para obtenerla de nuevo, agregá --seed ${p.seed}.`,
      private: 'Privada (RFC 1918): nunca se enruta en Internet, libre para cualquier laboratorio.',
      ula: 'Local única (RFC 4193): fd00::/8 y un id global de 40 bits al azar, así dos laboratorios casi nunca chocan.',
    },
  },
  interfaces: {
    heading: 'Interfaces IPv4 de esta máquina:',
    none: 'Esta máquina no muestra ninguna interfaz IPv4.',
    hint: 'Probá: netlearn subnet <dirección>/<prefijo>, por ejemplo netlearn subnet 192.168.1.10/24',
  },
  screen: {
    field: 'Red',
    placeholder: 'p. ej. 192.168.1.10/24 o 2001:db8::/48',
    splitField: 'Dividir en /',
    mine: 'Esta máquina:',
    keys: {
      prefix: 'límite',
      explore: 'explorar',
      edit: 'escribir',
      scroll: 'desplazar',
      page: 'página',
      split: 'tamaño',
      supernet: 'superred',
      exclude: 'sacar',
      mine: 'mis interfaces',
    },
    listHeader: (p) =>
      `Dividida en /${p.prefix}: ${p.count} ${p.count === 1 ? 'subred' : 'subredes'}, se ven ${p.from}-${p.to}`,
    summary: {
      range: (p) => `Hosts ${p.first} - ${p.last} (${p.hosts} de ${p.addresses} direcciones)`,
    },
    empty: 'Escribí una dirección con prefijo, como 192.168.1.10/24.',
  },
  v6: {
    labels: {
      network: 'red',
      mask: 'máscara',
      firstAddress: 'primera',
      lastAddress: 'última',
      addresses: 'direcciones',
      kind: 'tipo',
      reverseZone: 'zona inversa',
      boundary: 'límite',
    },
    boundary: (p) =>
      p.prefix % 16 === 0
        ? `los primeros ${p.prefix} bits (${p.prefix / 16} grupos enteros) nombran la red; los últimos ${p.hostBits}, la interfaz`
        : `los primeros ${p.prefix} bits nombran la red: el límite cae dentro del grupo ${p.group}, después de su bit ${p.bitInGroup}; los últimos ${p.hostBits} nombran la interfaz`,
    count: (p) => `${p.power} = ${p.decimal}`,
    noBroadcast:
      'IPv6 no tiene broadcast: cualquier dirección de acá puede ser un host. "Todos los nodos de este enlace" es el grupo multicast ff02::1.',
    slaac:
      'Una /64 es la LAN de siempre: con SLAAC (RFC 4862) cada host arma solo sus últimos 64 bits, así que una LAN recibe una /64 aunque tenga dos hosts.',
    notSlaac: (p) =>
      p.prefix < 64
        ? `Un /${p.prefix} es un bloque de sitio o de proveedor, que se corta en LAN de /64: --split /64 las lista.`
        : `Un /${p.prefix} es más largo que /64: SLAAC (RFC 4862) no funciona ahí; las direcciones se ponen a mano o por DHCPv6.`,
    reverseInexact: (p) =>
      `(un /${p.prefix} no cae en un dígito hexa, así que no tiene zona propia: esta es la zona de arriba)`,
    split: {
      header: (p) => `${p.cidr} en ${p.count} subredes de /${p.prefix}:`,
      notPowerOfTwo: (p) =>
        `Nota: ${p.requested} no es potencia de dos; la menor división pareja es en ${p.count} subredes de /${p.prefix}.`,
    },
    contains: {
      yes: (p) => `Sí: ${p.network} contiene a ${p.other}.`,
      no: (p) => `No: ${p.network} no contiene a ${p.other}.`,
      familyMix: (p) =>
        `No: ${p.network} y ${p.other} son de familias distintas; una red IPv4 nunca contiene una dirección IPv6, ni al revés.`,
      wider: (p) => `No: ${p.other} es más grande que ${p.network}, así que no entra.`,
      decides: (p) => `Lo deciden los primeros ${p.prefix} bits; tienen que coincidir:`,
      differs: (p) => `Primera diferencia en el bit ${p.bit}`,
      same: 'Todos iguales',
      noBits: 'Una /0 contiene todas las direcciones de su familia: no hay bits que comparar.',
    },
    screen: {
      listHeader: (p) =>
        `División en /${p.prefix}: ${p.count} ${p.count === '1' ? 'subred' : 'subredes'}, mostrando ${p.from}-${p.to}`,
      count: (p) => `${p.power} direcciones, sin broadcast`,
    },
  },
};

export default words;
