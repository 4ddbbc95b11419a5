import { defineWords } from '../tool.js';

/**
 * The converter's words: its command, its screen, its help. Scope and kind names stay in src/i18n
 * (ip.ts, ipv6.ts): the subnet tool shows them too.
 */
const words = defineWords({
  title: 'IP to binary',
  hint: 'See every bit of an IPv4 address',
  help: {
    summary: 'An IPv4 or IPv6 address in every form: binary, hex, integer, reverse name, its kind',
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
    placeValues: 'place values',
    binary: 'binary',
    hex: 'hex',
    integer: 'integer',
    scope: 'scope',
    address: 'address',
  },
  scopeHints: {
    unspecified: '"any address": a server that binds it listens on every interface',
    broadcast: 'every host on this local network at once',
    loopback: 'this same machine; packets never leave it',
    private: 'for home and office networks; not routed on the Internet',
    shared: 'between a provider and its customers, behind carrier-grade NAT',
    'link-local': 'picked by a host on its own when no DHCP server answered',
    documentation: 'for examples in books and manuals; never used on a real network',
    multicast: 'one sender, many receivers that joined the group',
    reserved: 'set aside; not for ordinary hosts',
    public: 'routed on the Internet',
  },
  mac: {
    title: (p: { mac: string }) => `${p.mac} is a MAC address: the 48 bits of a network card, not an IP address`,
    firstByte: 'MAC byte 1',
    idByte: 'id byte 1',
    universal: 'U/L bit 0: universal, burnt in by the maker',
    local: 'U/L bit 1: set locally, by software or by hand',
    flipped: 'Modified EUI-64 (RFC 4291) flips that bit and puts ff:fe in the middle of the MAC:',
    interfaceId: 'interface id',
    linkLocal: 'link-local',
  },
  sum: (p: { octet: number; terms: string }) => `${p.octet} = ${p.terms}`,
  screen: {
    field: 'Address',
    placeholder: 'e.g. 192.168.1.10, 2001:db8::1 or 32 bits',
    bitsTitle: 'Bits: ←/→ move, Space flips',
    flipped: (p: { octet: number; place: number; from: number; to: number; bit: number }) =>
      `The bit worth ${p.place} in octet ${p.octet} is now ${p.bit}: ${p.from} → ${p.to}`,
    keys: { bits: 'bits', edit: 'type', move: 'move', flip: 'flip bit' },
  },
  v6: {
    labels: {
      canonical: 'canonical',
      expanded: 'full form',
      groups: 'groups',
      integer: 'integer',
      hex: 'hex',
      kind: 'kind',
      zone: 'zone',
      reverse: 'reverse DNS',
      mapped: 'IPv4 inside',
      class: 'class',
      compression: 'How the short form is made (RFC 5952):',
    },
    kindHints: {
      unspecified: '"no address yet"; a server bound to :: listens on every interface',
      loopback: 'This same machine, like 127.0.0.1; packets never leave it',
      'ipv4-mapped': 'An IPv4 address seen through an IPv6 socket (dual stack)',
      nat64: 'An IPv4 host reached from an IPv6-only network through a NAT64 gateway',
      teredo: 'IPv6 tunnelled in UDP over IPv4 through NAT; rare today',
      documentation: 'For examples in books and manuals; never used on a real network',
      '6to4': 'IPv6 tunnelled over IPv4, built from a public IPv4 address; deprecated',
      'link-local': 'Every interface has one; valid only on its own link, never routed',
      'site-local': 'Replaced by unique local addresses in 2004 (RFC 3879)',
      'unique-local': 'For home and office networks, like IPv4 private ranges; not routed on the Internet',
      multicast: 'One sender, many receivers that joined the group',
      'global-unicast': 'Routed on the Internet; your provider hands you a prefix of these',
      reserved: 'Set aside by the IETF; not handed out',
    },
    multicastScopes: {
      'interface-local': 'interface-local',
      'link-local': 'link-local',
      'realm-local': 'realm-local',
      'admin-local': 'admin-local',
      'site-local': 'site-local',
      'organization-local': 'organization-local',
      global: 'global',
      reserved: 'reserved',
      unassigned: 'unassigned',
    },
    scopeOf: (p: { scope: string }) => `scope ${p.scope}`,
    embedded: (p: { kind: string; ipv4: string }) =>
      p.kind === 'teredo' ? `${p.ipv4} (the Teredo client's public address, bits inverted)` : p.ipv4,
    zoneNote: (p: { zone: string; linkLocal: boolean }) =>
      p.linkLocal
        ? `%${p.zone} says which interface's link: fe80:: exists on every one.`
        : `%${p.zone} names an interface, but only link-local addresses need one; it is kept and shown, not used.`,
    steps: {
      full: '1. the full form, 8 groups of 4 hex digits:',
      trimmed: '2. leading zeros dropped in each group:',
      run: (p: { start: number; length: number }) =>
        `3. the longest run of zero groups (groups ${p.start + 1}-${p.start + p.length}) becomes "::", once:`,
      noRun: '3. no run of two or more zero groups, so no "::":',
      tied: 'Two runs were equally long: the first one is the one shortened.',
      loneZero: 'A single zero group stays "0": "::" never stands for just one group.',
      mapped: 'An IPv4-mapped address keeps its last 32 bits in dotted decimal (RFC 5952 section 5):',
      lowercase: 'Hex digits are written in lowercase.',
    },
    screen: {
      ulBit: 'U/L bit flipped',
      flipped: (p: {
        bitNumber: number;
        group: number;
        digit: number;
        fromDigit: string;
        toDigit: string;
        fromGroup: string;
        toGroup: string;
        bit: number;
      }) =>
        `Bit ${p.bitNumber} is now ${p.bit}: group ${p.group}, hex digit ${p.digit}, ${p.fromDigit} → ${p.toDigit} (${p.fromGroup} → ${p.toGroup})`,
    },
    idLabels: { mac: 'MAC (EUI-64)', solicited: 'solicited-node', teredoServer: 'Teredo server' },
    eui64: (p: { mac: string }) => `${p.mac}: ff:fe in the middle says the id was built from it`,
    eui64Flip: (p: { idByte: string; macByte: string }) =>
      `The U/L bit was flipped: first byte ${p.idByte} in the address, ${p.macByte} in the MAC`,
    solicited: 'The group neighbour discovery asks to find this address',
    teredoServer: (p: { server: string; port: number }) =>
      `${p.server} (stored plainly); the client's public port is ${p.port} (stored inverted)`,
    class: (p: { klass: string }) => `${p.klass} (historic: classful addressing ended in 1993, RFC 1519)`,
  },
});

export type IpWords = typeof words;
export default words;
