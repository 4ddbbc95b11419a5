import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';

describe('netlearn families', () => {
  it('prints one JSON result per family and leaves no socket file behind', async () => {
    const started = Date.now();
    const { code, stdout } = await runCli(['families', '--json']);
    expect(code).toBe(0);
    // Every socket closed: the process exits on its own, well before runCli's 20 s limit.
    expect(Date.now() - started).toBeLessThan(10_000);
    const json = JSON.parse(stdout);
    expect(json.families.map((entry: { constant: string }) => entry.constant)).toEqual([
      'AF_INET',
      'AF_INET6',
      'AF_UNIX',
    ]);
    const [inet, , unix] = json.families;
    expect(Object.keys(inet)).toEqual([
      'family',
      'constant',
      'status',
      'listening',
      'peer',
      'pythonAccept',
      'pythonServer',
      'code',
    ]);
    expect(inet.pythonAccept).toBe(`('127.0.0.1', ${inet.peer.port})`);
    if (process.platform !== 'win32') {
      expect(unix.pythonAccept).toBe("''");
      expect(existsSync(dirname(unix.listening.address))).toBe(false);
    }
    expect(json.tempDirRemoved).toBe(true);
  });

  it('explains the tuples in Spanish with --lang es', async () => {
    const { code, stdout } = await runCli(['families', '--lang', 'es']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Python accept\(\) -> +\('127\.0\.0\.1', \d+\)/);
    expect(stdout).toContain('La carpeta temporal del socket Unix se borró');
  });

  it('exits 2 when given an operand it does not take', async () => {
    const { code } = await runCli(['families', 'extra']);
    expect(code).toBe(2);
  });
});
