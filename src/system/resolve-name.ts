import { readFile } from 'node:fs/promises';
import { hostsEntriesFor } from '../core/hosts-file.js';
import type { NameAnswer } from '../core/name-answer.js';
import { hostsFilePath } from './host-facts.js';
import { lookupAll } from './hostname.js';

/** A name through the OS resolver, and the hosts file's lines for it when the answer came from there. */
export async function resolveName(name: string, timeoutMs = 3000): Promise<NameAnswer> {
  const path = hostsFilePath();
  const entries = await readFile(path, 'utf8')
    .then((text) => hostsEntriesFor(text, name))
    .catch(() => []);
  const { addresses, error } = await lookupAll(name, timeoutMs);
  const listed = new Set(entries.map((entry) => entry.address));
  const fromFile = addresses.length > 0 && addresses.every((address) => listed.has(address));
  const answer: NameAnswer = { name, addresses, hostsFile: { path, entries: fromFile ? entries : [] } };
  return error === undefined ? answer : { ...answer, error };
}
