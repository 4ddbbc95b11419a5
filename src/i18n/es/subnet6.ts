import type en from '../en/subnet6.js';
import { visible } from '../visible-text.js';

const subnet6: typeof en = {
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
    'Un /64 es la LAN de siempre: con SLAAC (RFC 4862) cada host arma solo sus últimos 64 bits, así que una LAN recibe un /64 aunque tenga dos hosts.',
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
    noBits: 'Un /0 contiene todas las direcciones de su familia: no hay bits que comparar.',
  },
  aggregate: {
    absorbed: (p) => `  absorbió ${p.list}`,
    summary: (p) =>
      `${p.inputs} ${p.inputs === 1 ? 'red' : 'redes'} de entrada, ${p.blocks} ${p.blocks === 1 ? 'bloque' : 'bloques'} de salida.`,
  },
  screen: {
    listHeader: (p) =>
      `División en /${p.prefix}: ${p.count} ${p.count === '1' ? 'subred' : 'subredes'}, mostrando ${p.from}-${p.to}`,
    count: (p) => `${p.power} direcciones, sin broadcast`,
  },
  lineError: (p) => `línea ${p.line}: ${p.message}`,
  badLines: (p) => `${p.bad} de ${p.total} líneas no eran válidas (ver arriba).`,
  commands: {
    range: {
      summary: 'La menor cantidad de bloques CIDR que cubren justo un rango de direcciones (IPv4 o IPv6)',
      options: {},
      examples: ['netlearn range 192.168.1.10 192.168.1.20', 'netlearn range 2001:db8::1 2001:db8::ff --json'],
    },
    aggregate: {
      summary: 'Une redes contiguas y superpuestas en la menor cantidad de bloques (argumentos o stdin)',
      options: {},
      examples: [
        'netlearn aggregate 10.0.0.0/25 10.0.0.128/25 10.0.1.0/24',
        'cat redes.txt | netlearn aggregate --json',
      ],
    },
  },
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
      '--hosts planifica subredes IPv4, donde cada host cuenta; en IPv6 cada LAN recibe un /64 y listo: usá --split /64.',
    'aggregate-empty': () =>
      'no hay nada que unir: pasá redes como argumentos (10.0.0.0/25 10.0.0.128/25) o una por línea en stdin.',
  },
};

export default subnet6;
