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

/** Letters, digits, hyphens and dots, with at least one letter: a name, never an address. */
export function looksLikeHostName(text: string): boolean {
  const trimmed = text.trim();
  return (
    trimmed.length <= 253 &&
    /[a-z]/i.test(trimmed) &&
    !/^0x/i.test(trimmed) &&
    /^[a-z0-9](?:[a-z0-9-]{0,62})(?:\.[a-z0-9](?:[a-z0-9-]{0,62}))*\.?$/i.test(trimmed)
  );
}

/** The address the answer is about: the first of the family asked for when there is one, else the first. */
export function chosenAddress(answer: NameAnswer, family?: 'IPv4' | 'IPv6'): string | undefined {
  const ofFamily = answer.addresses.filter((address) => address.includes(':') === (family === 'IPv6'));
  return (family && ofFamily[0]) || answer.addresses[0];
}
