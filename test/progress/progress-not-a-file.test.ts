import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

/** A config folder whose progress.json is a named pipe nobody writes to. */
function configWithFifo(): string {
  const root = mkdtempSync(join(tmpdir(), 'netlearn-fifo-'));
  mkdirSync(join(root, 'netlearn'));
  execFileSync('mkfifo', [join(root, 'netlearn', 'progress.json')]);
  return root;
}

describe('a progress.json that is not a regular file', () => {
  it('a named pipe at progress.json: `lessons` warns, lists the lessons and exits 0 instead of hanging', async () => {
    // Before: opening the FIFO blocked forever, in `lessons` and in the app (where q did nothing).
    const result = await runCli(['lessons'], { env: { XDG_CONFIG_HOME: configWithFifo() }, timeout: 10_000 });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('is not a regular file');
    expect(result.stdout).not.toBe('');
  });

  it('a folder at progress.json is named as not a regular file, not as unreadable', async () => {
    const root = mkdtempSync(join(tmpdir(), 'netlearn-dir-'));
    mkdirSync(join(root, 'netlearn', 'progress.json'), { recursive: true });
    const result = await runCli(['lessons'], { env: { XDG_CONFIG_HOME: root } });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('is not a regular file');
  });
});
