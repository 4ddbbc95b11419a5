import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built command, as `npm test` builds it first. */
export const cliPath = fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * A clean environment: English, no colour settings, no locale leaking in from the machine, and a
 * config folder of its own, so saved progress (the language chosen, the lesson being read) never
 * carries from one run, or from the machine, into another. Pass XDG_CONFIG_HOME to share one.
 */
const configRoot = mkdtempSync(join(tmpdir(), 'netlearn-config-'));
process.on('exit', () => rmSync(configRoot, { recursive: true, force: true }));

export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG', 'LANGUAGE', 'NO_COLOR', 'FORCE_COLOR', 'NETLEARN_DEBUG'])
    delete env[name];
  return { ...env, XDG_CONFIG_HOME: mkdtempSync(join(configRoot, 'run-')), ...extra };
}

/** Runs the built CLI with pipes (no TTY), feeding `input` on stdin, and collects what it wrote. */
export function runCli(
  args: string[],
  options: { env?: Record<string, string | undefined>; input?: string; timeout?: number } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
      env: cleanEnv(options.env),
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: options.timeout ?? 20_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.on('error', () => {}); // a command that never reads stdin may close it first
    child.stdin.end(options.input ?? '');
  });
}

/** Parses NDJSON, the shape every `--json` stream writes: one object per line. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each test reads the fields it expects
export function jsonLines(text: string): any[] {
  return text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
}

/**
 * Runs the built CLI, reads its first line and closes the pipe, as `| head -1` would: a stream
 * must notice and end. Resolves with that line and the exit code (killed after `killAfterMs`).
 */
export async function firstLineThenClose(
  args: string[],
  killAfterMs: number,
): Promise<{ first: string; code: number | null }> {
  const child = spawn(process.execPath, [cliPath, ...args], { env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const first = await new Promise<string>((resolve) => {
    let seen = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      seen += chunk;
      if (seen.includes('\n')) {
        child.stdout.destroy();
        resolve(seen.split('\n')[0]!);
      }
    });
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  const code = await exited;
  clearTimeout(timer);
  return { first, code };
}

/**
 * Runs the built CLI with `input` on stdin and the pipe left OPEN, as a script driving it would:
 * resolves with the exit code once the command ends by itself, or null if it is still running after
 * `waitMs` (it is then killed).
 */
export function runCliStdinOpen(
  args: string[],
  input: string,
  waitMs: number,
): Promise<CliResult & { ended: boolean }> {
  const child = spawn(process.execPath, [cliPath, ...args], { env: cleanEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdin.on('error', () => {});
  child.stdin.write(input);
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), waitMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      child.stdin.destroy();
      resolve({ code, stdout, stderr, ended: code !== null });
    });
  });
}
