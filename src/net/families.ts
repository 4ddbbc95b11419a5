import { mkdtemp, rm } from 'node:fs/promises';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FamilyId, FamilyProbe } from '../core/families.js';

/** What one listener needs: where to listen and how a client reaches it. */
type Target = { family: FamilyId; host: string; port: 0 } | { family: 'unix'; path: string };

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

/** Listens on one address, connects one client to it, and reports what each side saw. Closes both. */
async function probe(target: Target, timeoutMs: number): Promise<FamilyProbe> {
  const server = createServer();
  const sockets = new Set<Socket>();
  let timer: NodeJS.Timeout | undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      if ('path' in target) server.listen(target.path, () => resolve());
      else server.listen({ host: target.host, port: 0, ipv6Only: target.family === 'inet6' }, () => resolve());
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'UNKNOWN';
    const unavailable = code === 'EADDRNOTAVAIL' || code === 'EAFNOSUPPORT' || code === 'EPROTONOSUPPORT';
    return { family: target.family, status: unavailable ? 'skipped' : 'failed', code };
  }
  try {
    const local = server.address();
    const listening = typeof local === 'string' ? { address: local } : { address: local!.address, port: local!.port };
    const accepted = new Promise<Socket>((resolve) => server.once('connection', resolve));
    const client = 'path' in target ? connect(target.path) : connect({ host: target.host, port: listening.port! });
    sockets.add(client);
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })), timeoutMs);
    });
    const clientReady = new Promise<void>((resolve, reject) => {
      client.once('connect', resolve);
      client.once('error', reject);
    });
    const [peerSocket] = await Promise.race([Promise.all([accepted, clientReady]), timedOut]);
    sockets.add(peerSocket);
    const peer =
      'path' in target
        ? // An AF_UNIX client that never called bind() has no name: Node reports nothing, Python ''.
          { address: peerSocket.remoteAddress ?? '' }
        : { address: peerSocket.remoteAddress ?? '', port: peerSocket.remotePort };
    const clientLocal = 'path' in target ? undefined : { address: client.localAddress ?? '', port: client.localPort };
    return { family: target.family, status: 'ok', listening, peer, clientLocal };
  } catch (error) {
    return { family: target.family, status: 'failed', code: (error as NodeJS.ErrnoException).code ?? 'UNKNOWN' };
  } finally {
    clearTimeout(timer);
    for (const socket of sockets) socket.destroy();
    await closeServer(server);
  }
}

/**
 * One listener per address family, one connection to each: 127.0.0.1 (AF_INET), ::1 (AF_INET6,
 * skipped with the OS's reason when IPv6 is off), and a Unix socket in a fresh temporary folder that
 * is removed afterwards. Every socket is closed before this resolves.
 */
export async function probeFamilies(
  options: { timeoutMs?: number } = {},
): Promise<{ probes: FamilyProbe[]; tempDirRemoved: boolean }> {
  const timeoutMs = options.timeoutMs ?? 3000;
  const probes = [await probe({ family: 'inet', host: '127.0.0.1', port: 0 }, timeoutMs)];
  probes.push(await probe({ family: 'inet6', host: '::1', port: 0 }, timeoutMs));
  if (process.platform === 'win32') {
    // Node maps a path on Windows to a named pipe, not AF_UNIX.
    probes.push({ family: 'unix', status: 'skipped', code: 'WIN32_NAMED_PIPE' });
    return { probes, tempDirRemoved: true };
  }
  const dir = await mkdtemp(join(tmpdir(), 'netlearn-families-'));
  try {
    probes.push(await probe({ family: 'unix', path: join(dir, 'families.sock') }, timeoutMs));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return { probes, tempDirRemoved: true };
}
