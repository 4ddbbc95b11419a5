import type { InputErrorDetails } from '../../core/input-error.js';
import { visible } from '../visible-text.js';
import v6 from './ipv6.js';
import type { AreaInputErrors } from '../input-error-messages.js';

type D = InputErrorDetails;

/** "the address" or "the mask": the same parser reads both. */
const what = (d: D) => (d.field === 'mask' ? 'the mask' : 'the address');
const octet = (d: D) => `octet ${Number(d.index) + 1}`;

/** Scope names the ip and subnet tools both show, and the errors of core/ipv4.ts's address parser. */
const ip = {
  scopes: {
    unspecified: 'unspecified',
    broadcast: 'broadcast',
    loopback: 'loopback',
    private: 'private',
    shared: 'shared (carrier-grade NAT)',
    'link-local': 'link-local',
    documentation: 'documentation',
    multicast: 'multicast',
    reserved: 'reserved',
    public: 'public',
  },
  v6,
  inputErrors: {
    ...v6.inputErrors,
    'ip-empty': (d: D) =>
      `${d.field === 'mask' ? 'The mask' : 'The address'} is empty: type four numbers from 0 to 255 separated by dots, like 192.168.1.10.`,
    'ip-parts': (d: D) =>
      `"${visible(d.part)}" has ${d.count} ${d.count === 1 ? 'part' : 'parts'}, but an IPv4 address has exactly 4 numbers separated by dots (like 192.168.1.10).`,
    'ip-octet-empty': (d: D) => `${octet(d)} of ${what(d)} is empty: there are two dots together, or a dot at an end.`,
    'ip-octet-char': (d: D) =>
      `${octet(d)} of ${what(d)}, "${visible(d.part)}", has "${visible(d.char)}" in it (character ${Number(d.position) + 1}): each octet is digits 0-9 only.`,
    'ip-octet-non-ascii-digit': (d: D) =>
      `${octet(d)} of ${what(d)}, "${visible(d.part)}", uses the digit "${visible(d.char)}" (character ${Number(d.position) + 1}), which is not one of 0-9. Type it with plain ASCII digits.`,
    'ip-trailing': (d: D) =>
      `${what(d)} is complete, but "${visible(d.part)}" follows it (from character ${Number(d.index) + 1}). Remove it.`,
    'ip-octet-leading-zero': (d: D) =>
      `${octet(d)} of ${what(d)}, "${visible(d.part)}", starts with 0. Some parsers read a leading 0 as octal${
        d.octal === undefined ? '' : ` (${visible(d.part)} would be ${d.octal}, not ${d.decimal})`
      }, others as decimal, so it is ambiguous: write ${d.decimal}.`,
    'ip-octet-range': (d: D) =>
      `${octet(d)} of ${what(d)}, ${visible(d.part)}, is over 255: 8 bits hold 0 to 255 only.`,
    'ip-bits-length': (d: D) =>
      `${what(d)} in bits needs exactly 32 zeros and ones; "${visible(d.part)}" has ${d.count}.`,
    'ip-bits-group-length': (d: D) =>
      `group ${Number(d.index) + 1} of ${what(d)} in bits, "${visible(d.part)}", has ${d.count} bits; each of the 4 groups needs 8.`,
  } satisfies AreaInputErrors,
};

export default ip;
