import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where a demo server listens: a host and port, or a Unix socket path. */
export type ListenTarget = { host: string; port: number; ipv6Only: boolean } | { path: string };

/** Starts listening; rejects with the OS's error (EADDRINUSE, EACCES...) instead of emitting it. */
function listenOn(server: Server, target: ListenTarget): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    const done = () => {
      server.off('error', reject);
      resolve();
    };
    if ('path' in target) server.listen(target.path, done);
    else server.listen({ host: target.host, port: target.port, ipv6Only: target.ipv6Only }, done);
  });
}

/**
 * Listens on `target.port`, or on `again` (the port of a previous run) when no port was asked for.
 * If `again` was taken meanwhile, any free port will do, and `movedFrom` says which one was lost.
 */
export async function listenPreferring(
  server: Server,
  target: ListenTarget,
  again: number,
): Promise<{ movedFrom?: number }> {
  if ('path' in target || target.port !== 0 || again === 0) {
    await listenOn(server, target);
    return {};
  }
  try {
    await listenOn(server, { ...target, port: again });
    return {};
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    await listenOn(server, target);
    return { movedFrom: again };
  }
}

/** A fresh private folder for the demo's Unix socket, so no other user's file is ever in the way. */
export function makeUnixSocketPath(): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'netlearn-demo-'));
  return { dir, path: join(dir, 'demo.sock') };
}

export function removeFolder(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
