import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanEnv, cliPath as builtCli } from './cli.js';

/** NETLEARN_CLI runs the attacks against another build (the one before a fix, for its figures). */
const cliPath = process.env.NETLEARN_CLI ?? builtCli;

/** Peak resident memory of a live process in MiB, from /proc/<pid>/status (VmHWM). */
export function peakRssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kib / 1024;
}

export interface ServeProcess {
  child: ChildProcess;
  port: number;
  /** Every stdout line the server printed so far (NDJSON with --json). */
  out: string[];
  stop: () => Promise<number | null>;
}

/**
 * Runs the built `netlearn serve --json --port 0` (plus `args`) and resolves once it listens.
 * `defaults` leaves out the generous --max-per-address, to run the server as a learner would.
 */
export function startServe(
  args: string[] = [],
  env: Record<string, string> = {},
  { defaults = false } = {},
): Promise<ServeProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [cliPath, 'serve', '--json', '--port', '0', ...(defaults ? [] : ['--max-per-address', '1000']), ...args],
      {
        env: cleanEnv(env),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const out: string[] = [];
    let rest = '';
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop()!;
      for (const line of parts) {
        out.push(line);
        const port = /"event":"listening".*"port":(\d+)/.exec(line)?.[1];
        if (port)
          resolve({
            child,
            port: Number(port),
            out,
            stop: () => {
              child.kill('SIGINT');
              return exited;
            },
          });
      }
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
}

/** A raw socket, connected (to `host`, any loopback address), that never reads unless told to. */
export function rawSocket(port: number, host = '127.0.0.1'): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    socket.once('connect', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Resolves when `socket` has received a line containing `text`, or rejects after `ms`. */
export function waitForText(socket: Socket, text: string, ms = 10_000): Promise<number> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`no "${text}" in ${ms} ms; got ${seen.slice(-300)}`)), ms);
    const onData = (chunk: Buffer) => {
      seen = (seen + chunk.toString('utf8')).slice(-10_000);
      if (seen.includes(text)) {
        clearTimeout(timer);
        socket.off('data', onData);
        resolve(Date.now() - started);
      }
    };
    socket.on('data', onData);
  });
}

const preload = fileURLToPath(new URL('./peak-rss-preload.mjs', import.meta.url));

export interface MeasuredRun {
  child: ChildProcess;
  /** Exit code, stderr, and peak resident memory in MiB (from the process itself, at exit). */
  done: Promise<{ code: number | null; stderr: string; peakMiB: number }>;
}

/** Runs the built CLI with `args`, stdin and stdout as pipes the test drives, and its peak RSS noted at exit. */
export function runMeasured(args: string[], env: Record<string, string> = {}): MeasuredRun {
  const peakFile = join(mkdtempSync(join(tmpdir(), 'netlearn-peak-')), 'peak');
  const child = spawn(process.execPath, ['--import', preload, cliPath, ...args], {
    env: cleanEnv({ NETLEARN_PEAK_FILE: peakFile, ...env }),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdin!.on('error', () => {});
  const done = new Promise<{ code: number | null; stderr: string; peakMiB: number }>((resolve) =>
    child.once('close', (code) => {
      let kib = NaN;
      try {
        kib = Number(readFileSync(peakFile, 'utf8'));
      } catch {
        // killed before its exit handler ran
      }
      resolve({ code, stderr, peakMiB: kib / 1024 });
    }),
  );
  return { child, done };
}

/** Writes `total` bytes of `chunk` repeated to `stream`, honouring backpressure; stops if it closes. */
export async function pump(stream: NodeJS.WritableStream, chunk: Buffer, total: number): Promise<number> {
  let sent = 0;
  let closed = false;
  stream.once('close', () => (closed = true));
  stream.once('error', () => (closed = true));
  while (sent < total && !closed) {
    sent += chunk.length;
    if (!stream.write(chunk))
      await new Promise<void>((resolve) => {
        stream.once('drain', resolve);
        stream.once('close', resolve);
        stream.once('error', resolve);
      });
  }
  return sent;
}
