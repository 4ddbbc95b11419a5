/** One line of a hosts file that lists a name: its line number (from 1), address and names. */
export interface HostsEntry {
  line: number;
  address: string;
  names: string[];
}

/** What the hosts file says about `localhost`: where it is, and the lines that list the name. */
export interface HostsFileFacts {
  path: string;
  /** False when the file could not be read (missing, no permission). */
  readable: boolean;
  /** The lines naming `localhost`, in file order. */
  localhost: HostsEntry[];
}

/**
 * The lines of a hosts file (`/etc/hosts`, `C:\Windows\System32\drivers\etc\hosts`) that list
 * `name`: an address, then names, `#` starting a comment. Names compare without case, as resolvers do.
 */
export function hostsEntriesFor(text: string, name: string): HostsEntry[] {
  const wanted = name.toLowerCase();
  const entries: HostsEntry[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const [address, ...names] = raw.replace(/#.*$/, '').trim().split(/\s+/);
    if (!address || names.length === 0) return;
    if (names.some((entry) => entry.toLowerCase() === wanted)) entries.push({ line: index + 1, address, names });
  });
  return entries;
}

/** Whether every address the resolver gave for localhost is one the hosts file lists. */
export function answeredByHostsFile(resolved: readonly string[], facts: HostsFileFacts): boolean {
  const listed = new Set(facts.localhost.map((entry) => entry.address));
  return resolved.length > 0 && resolved.every((address) => listed.has(address));
}
