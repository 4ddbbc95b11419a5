import type { InputErrorDetails } from '../../core/input-error.js';
import { visible } from '../visible-text.js';
import type { AreaInputErrors } from '../input-error-messages.js';

type D = InputErrorDetails;

const group = (d: D) => `group ${Number(d.index) + 1}`;
const at = (d: D) => `character ${Number(d.position) + 1}`;

/** IPv6 kind names the ip and subnet tools both show, and the errors of core/ipv6.ts's parser. */
const ipv6 = {
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
  inputErrors: {
    'ip-integer-range': (d: D) =>
      `${visible(d.part)} is over 4294967295 (0xFFFFFFFF): an IPv4 address is one 32-bit number.`,
    'ip6-zone-empty': (d: D) =>
      `"${visible(d.part)}" ends in "%" with no zone after it (${at(d)}): name the interface, like %eth0, or drop the %.`,
    'ip6-zone-long': (d: D) =>
      `the zone "${visible(d.part)}" is longer than ${d.max} characters: a zone names an interface, like %eth0, or its number, like %2.`,
    'ip6-zone-char': (d: D) =>
      `the zone "${visible(d.part)}" has "${visible(d.char)}" in it (${at(d)}): a zone names an interface, like %eth0, or its number; a prefix goes before the %, e.g. fe80::1/64.`,
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
