import type { InputErrorDetails } from '../../core/input-error.js';
import { visible } from '../visible-text.js';
import type { AreaInputErrors } from '../input-error-messages.js';

type D = InputErrorDetails;

const group = (d: D) => `group ${Number(d.index) + 1}`;
const at = (d: D) => `character ${Number(d.position) + 1}`;

/** IPv6 in the converter, and the IPv4 extras (class, reverse name, integer input). */
const ipv6 = {
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
  kinds: {
    unspecified: 'unspecified',
    loopback: 'loopback',
    'ipv4-mapped': 'IPv4-mapped',
    nat64: 'NAT64',
    teredo: 'Teredo',
    documentation: 'documentation',
    '6to4': '6to4',
    'link-local': 'link-local',
    'site-local': 'site-local (deprecated)',
    'unique-local': 'unique local',
    multicast: 'multicast',
    'global-unicast': 'global unicast',
    reserved: 'reserved',
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
  class: (p: { klass: string }) => `${p.klass} (historic: classful addressing ended in 1993, RFC 1519)`,
  inputErrors: {
    'ip-integer-range': (d: D) =>
      `${visible(d.part)} is over 4294967295 (0xFFFFFFFF): an IPv4 address is one 32-bit number.`,
    'ip6-zone-empty': (d: D) =>
      `"${visible(d.part)}" ends in "%" with no zone after it (${at(d)}): name the interface, like %eth0, or drop the %.`,
    'ip6-colons': (d: D) =>
      `"${visible(d.part)}" has three colons in a row at ${at(d)}: "::" is two colons, and ":" alone separates groups.`,
    'ip6-double-gap': (d: D) =>
      `"${visible(d.part)}" uses "::" twice (characters ${Number(d.position) + 1} and ${Number(d.index) + 1}): it may appear only once, or nobody could tell how many zero groups each one hides.`,
    'ip6-group-empty': (d: D) =>
      `${group(d)} of "${visible(d.part)}" is empty (${at(d)}): a single ":" at an end, or write "::" for zero groups.`,
    'ip6-group-char': (d: D) =>
      `${group(d)}, "${visible(d.part)}", has "${visible(d.char)}" at ${at(d)}: a group is hex digits only, 0-9 and a-f.`,
    'ip6-group-long': (d: D) =>
      `${group(d)}, "${visible(d.part)}" (from ${at(d)}), has ${d.count} hex digits: a group holds 16 bits, at most 4 hex digits.`,
    'ip6-ipv4-misplaced': (d: D) =>
      `the IPv4 part "${visible(d.part)}" (from ${at(d)}) must come last, as the final 32 bits, like ::ffff:192.168.1.10.`,
    'ip6-group-count': (d: D) =>
      `"${visible(d.part)}" has ${d.count} ${d.count === 1 ? 'group' : 'groups'} of 16 bits, but an IPv6 address has 8 (or fewer with "::" standing for the zeros).`,
    'ip6-group-count-gap': (d: D) =>
      `"${visible(d.part)}" writes ${d.count} groups besides "::", but "::" must stand for at least one of the 8: write at most 7.`,
  } satisfies AreaInputErrors,
};

export default ipv6;
