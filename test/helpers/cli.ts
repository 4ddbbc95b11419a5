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
