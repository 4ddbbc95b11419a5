import { lstatSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
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

const folderPrefix = 'netlearn-demo-';

/** Whether a process with this id is alive (one we may not signal still counts as alive). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes socket folders that killed demos left behind (`netlearn-demo-<pid>-…` whose process is
 * gone): only our own user's, only real folders, never another user's or a live run's.
 */
export function removeStaleSocketFolders(root = tmpdir()): void {
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(new RegExp(`^${folderPrefix}(\\d+)-`).exec(name)?.[1] ?? NaN);
    if (!Number.isInteger(pid) || pid === process.pid || alive(pid)) continue;
    try {
      const dir = join(root, name);
      const stat = lstatSync(dir);
      if (stat.isDirectory() && stat.uid === process.getuid?.()) rmSync(dir, { recursive: true, force: true });
    } catch {
      // gone meanwhile, or not ours to remove
    }
  }
}

/**
 * A fresh private folder for the demo's Unix socket, so no other user's file is ever in the way.
 * Its name carries our process id, so a later run can tell a killed run's folder and remove it; a
 * normal exit (even process.exit) removes this one.
 */
export function makeUnixSocketPath(): { dir: string; path: string } {
  removeStaleSocketFolders();
  const dir = mkdtempSync(join(tmpdir(), `${folderPrefix}${process.pid}-`));
  process.once('exit', () => removeFolder(dir));
  return { dir, path: join(dir, 'demo.sock') };
}

export function removeFolder(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
