import { InputError } from '../core/input-error.js';
import { chosenAddress, type NameAnswer } from '../core/name-answer.js';
import type { Dictionary } from '../i18n/index.js';

/** A host name typed where an address goes, resolved: the address chosen and what to say of it. */
export interface TypedName {
  found: NameAnswer;
  address: string;
  /** "localhost is a name: the system resolver gave 127.0.0.1." and where the answer came from. */
  note: [string, string];
}

/**
 * `ip localhost`, `subnet example.lan/24`: the resolver's first address (of `family` when there is
 * one), or an input error saying the name did not resolve and why.
 */
export async function resolveTypedName(
  name: string,
  resolve: (name: string) => Promise<NameAnswer>,
  t: Dictionary,
  family?: 'IPv4' | 'IPv6',
): Promise<TypedName> {
  const found = await resolve(name);
  const address = chosenAddress(found, family);
  if (address === undefined) throw new InputError('host-name-unresolved', { part: name, reason: found.error });
  const words = t.calc.name;
  const others = found.addresses.filter((other) => other !== address).join(', ');
  const file = found.hostsFile;
  const from =
    file.entries.length === 0
      ? words.fromElsewhere({ path: file.path })
      : words.fromFile({ path: file.path, lines: file.entries.map((entry) => entry.line).join(', ') });
  return { found, address, note: [words.resolved({ name, address, others }), from] };
}
