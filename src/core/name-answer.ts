import type { HostsEntry } from './hosts-file.js';

/**
 * A host name typed where an address was expected (`ip localhost`, `subnet example.lan/24`): what
 * the system resolver answered, and whether the hosts file is where the answer came from.
 */
export interface NameAnswer {
  name: string;
  /** The addresses in the resolver's order: the first is the one a program would try first. */
  addresses: string[];
  /** The hosts file and its lines that name it; empty when the answer came from elsewhere (DNS, mDNS). */
  hostsFile: { path: string; entries: HostsEntry[] };
  /** Why nothing came back (ENOTFOUND, a timeout), when nothing did. */
  error?: string;
}

/**
 * Letters, digits, hyphens and dots, the last label starting with a letter (a top-level label is
 * never all digits, RFC 1123): `localhost`, `example.lan`, never an address with a typo in it
 * (`192.168.1.1O` stays an address error).
 */
export function looksLikeHostName(text: string): boolean {
  const trimmed = text.trim().replace(/\.$/, '');
  const labels = trimmed.split('.');
  return (
    trimmed.length > 0 &&
    trimmed.length <= 253 &&
    !/^0x/i.test(trimmed) &&
    /^[a-z]/i.test(labels[labels.length - 1]!) &&
    labels.every((label) => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i.test(label))
  );
}

/** The address the answer is about: the first of the family asked for when there is one, else the first. */
export function chosenAddress(answer: NameAnswer, family?: 'IPv4' | 'IPv6'): string | undefined {
  const ofFamily = answer.addresses.filter((address) => address.includes(':') === (family === 'IPv6'));
  return (family && ofFamily[0]) || answer.addresses[0];
}
