import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** A Python fixture (chat-servers/NAME.py or chat-clients/NAME.py) as a child process. */
export function fixturePath(folder: 'chat-servers' | 'chat-clients', name: string): string {
  return `${root}${folder}/${name}.py`;
}

/** Starts a fixture server on a port the OS picks; resolves with the port it printed and a stop. */
export function startServer(name: string): Promise<{ port: number; stop: () => void; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', ['-u', fixturePath('chat-servers', name), '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stop = () => {
      if (child.exitCode === null) child.kill('SIGKILL');
    };
    let out = '';
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`${name}.py printed no port: ${out}`));
    }, 10_000);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const match = /PORT (\d+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ port: Number(match[1]), stop, child });
      }
    });
    child.stderr.resume();
    child.once('error', reject);
  });
}

export interface CheckLine {
  type: string;
  verdict?: string;
  cause?: string;
  dependsOn?: string;
  notRun?: number;
  id?: string;
  level?: string;
  status?: string;
  ms?: number;
  sent?: string;
  received?: string;
  lesson?: string;
  diagnosis?: string;
  passed?: number;
  failed?: number;
  skipped?: number;
  exitCode?: number;
}

export function ndjson(stdout: string): CheckLine[] {
  return stdout
    .trim()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as CheckLine);
}
