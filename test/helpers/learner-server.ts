import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The learner servers of test/fixtures/learner-servers/, as its manifest describes them. */
export interface LearnerServer {
  file: string;
  runtime: 'python' | 'node' | 'c';
  style: string;
  verdict: 'pass' | 'fail';
  cause: string;
  bug: string;
  /** The `--profile` the checker needs for it, when it is not netlearn's own protocol. */
  profile?: string;
}

const folder = fileURLToPath(new URL('../fixtures/learner-servers/', import.meta.url));

export const learnerServers: readonly LearnerServer[] = JSON.parse(
  readFileSync(join(folder, 'manifest.json'), 'utf8'),
) as LearnerServer[];

let built: string | undefined;

/** Compiles a C fixture once into a temporary folder (gcc), and gives the binary's path. */
function compiled(file: string): string {
  built ??= mkdtempSync(join(tmpdir(), 'netlearn-learner-c-'));
  const out = join(built, file.replace(/\.c$/, ''));
  execFileSync('gcc', ['-O1', '-o', out, join(folder, file), '-lpthread']);
  return out;
}

/** Whether this machine can run a fixture of that runtime (gcc for C). */
export function canRun(runtime: LearnerServer['runtime']): boolean {
  if (runtime !== 'c') return true;
  try {
    execFileSync('gcc', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts one fixture on a port the OS picks (or `port`), on 127.0.0.1 or the loopback address a
 * classroom test gives it; resolves with the port and a stop for its whole group.
 */
export function startLearnerServer(
  server: LearnerServer,
  place: { host?: string; port?: number } = {},
): Promise<{ port: number; stop: () => void; child: ChildProcess }> {
  const path = join(folder, server.file);
  const where = [String(place.port ?? 0), ...(place.host ? [place.host] : [])];
  const [command, args] =
    server.runtime === 'python'
      ? ['python3', ['-u', path, ...where]]
      : server.runtime === 'node'
        ? [process.execPath, [path, ...where]]
        : [compiled(server.file), where];
  return startServerProgram(command as string, args as string[], server.file);
}

/**
 * Starts a server program told its port (0 here) on its command line, which prints the port it
 * got ("PORT 41234", "Chat on port 41234", "Chat en el puerto 41234"); resolves once it listens.
 */
export function startServerProgram(
  command: string,
  args: string[],
  label: string,
): Promise<{ port: number; stop: () => void; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    // detached: its own process group, so a fixture that forks (SO_REUSEPORT) stops whole.
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'ignore'], detached: true });
    const stop = () => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    let out = '';
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`${label} printed no port: ${out}`));
    }, 10_000);
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const match = /\b(?:port|puerto) (\d+)/i.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ port: Number(match[1]), stop, child });
      }
    });
    child.once('error', reject);
  });
}
