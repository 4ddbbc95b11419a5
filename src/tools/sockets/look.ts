import { defaultChat } from '../../core/default-chat.js';
import type { SocketEntry } from '../../core/sockets/proc-net-tcp.js';
import { inferRoles, socketsOnPorts, sortSockets, type SocketRow } from '../../core/sockets/socket-model.js';
import type { SocketsSources } from './sources.js';

/** Which sockets to show: netlearn's own ports, the ports asked for, or all. */
export type SocketScope = { kind: 'default' } | { kind: 'ports'; ports: readonly number[] } | { kind: 'all' };

/**
 * Looks at the machine's sockets again and again, remembering owners by inode so a process scan
 * (hundreds of readlinks) happens only when a socket appears that was never seen before.
 */
export class SocketLooker {
  private readonly known = new Map<number, { pid: number; process: string } | null>();
  private readonly ephemeral;

  constructor(
    private readonly sources: SocketsSources,
    private readonly scope: SocketScope,
  ) {
    this.ephemeral = sources.ephemeralRange();
  }

  /** The sockets in scope, with roles and owners, listeners first. */
  look(): { rows: SocketRow[]; ports: number[] } {
    const entries = this.withOwners(this.sources.readSockets());
    const roles = inferRoles(entries, this.ephemeral);
    if (this.scope.kind === 'all') return { rows: sortSockets(roles), ports: [] };
    const ports = this.scope.kind === 'ports' ? [...this.scope.ports] : this.netlearnPorts(entries);
    return { rows: sortSockets(socketsOnPorts(roles, ports)), ports };
  }

  /** The chat's default port and every port a netlearn process is listening on (the demo picks a free one). */
  private netlearnPorts(entries: SocketEntry[]): number[] {
    const ports = new Set<number>([defaultChat.port]);
    for (const entry of entries)
      if (entry.state === 'LISTEN' && entry.pid !== null && this.sources.isNetlearn(entry.pid))
        ports.add(entry.local.port);
    return [...ports].sort((a, b) => a - b);
  }

  private withOwners(entries: SocketEntry[]): SocketEntry[] {
    const unseen = new Set(entries.map((entry) => entry.inode).filter((inode) => inode && !this.known.has(inode)));
    if (unseen.size > 0) {
      const found = this.sources.owners(unseen);
      for (const inode of unseen) this.known.set(inode, found.get(inode) ?? null);
    }
    // Forget inodes that closed, so a long --watch keeps a table the size of the socket list.
    if (this.known.size > 2 * entries.length + 256) {
      const present = new Set(entries.map((entry) => entry.inode));
      for (const inode of this.known.keys()) if (!present.has(inode)) this.known.delete(inode);
    }
    return entries.map((entry) => {
      const owner = entry.pid === null && entry.inode ? this.known.get(entry.inode) : undefined;
      return owner ? { ...entry, pid: owner.pid, process: owner.process } : entry;
    });
  }
}
