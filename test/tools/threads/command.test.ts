import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../../src/core/display-width.js';
import { runCli } from '../../helpers/cli.js';
import { spawnCli } from '../../helpers/pty.js';

describe('netlearn threads', () => {
  it('prints the documented JSON, the locked run exact', async () => {
    const { code, stdout } = await runCli(['threads', '--workers', '3', '--increments', '20000', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['workers', 'increments', 'expected', 'withoutLock', 'withLock']);
    expect(Object.keys(json.withoutLock)).toEqual(['result', 'lost', 'ms']);
    expect(Object.keys(json.withLock)).toEqual(['result', 'ms']);
    expect(json).toMatchObject({ workers: 3, increments: 20_000, expected: 60_000, withLock: { result: 60_000 } });
    expect(json.withoutLock.result).toBeLessThanOrEqual(60_000);
    expect(json.withoutLock.lost).toBe(60_000 - json.withoutLock.result);
  });

  it('runs the defaults and ties the result to the lesson', async () => {
    const { code, stdout } = await runCli(['threads']);
    expect(code).toBe(0);
    expect(stdout).toContain('4 threads × 100,000 additions to one shared counter = 400,000 expected');
    expect(stdout).toMatch(/With a lock +got 400,000 +exact/);
    expect(stdout).toContain('a Python chat often runs a thread per client');
  });

  it('says "1 thread × 1 addition" in the singular, and "sumas esperadas" in Spanish', async () => {
    const one = await runCli(['threads', '--workers', '1', '--increments', '1']);
    expect(one.stdout).toContain('1 thread × 1 addition to one shared counter = 1 expected');
    const es = await runCli(['threads', '--lang', 'es']);
    expect(es.stdout).toContain('4 hilos × 100.000 sumas a un mismo contador compartido = 400.000 sumas esperadas');
    expect(es.stdout).toMatch(/Con lock +dio 400\.000/);
  });

  it.each([
    [['--workers', '0'], 'at least one thread'],
    [['--workers', 'many'], 'not a whole number'],
    [['--increments', '5000000'], 'too many'],
  ])('exits 2 on %j', async (flags, words) => {
    const { code, stderr } = await runCli(['threads', ...flags]);
    expect(code).toBe(2);
    expect(stderr).toContain(words);
  });

  it('explains bad input in Spanish with --lang es', async () => {
    const { code, stderr } = await runCli(['threads', '--workers', '99', '--lang', 'es']);
    expect(code).toBe(2);
    expect(stderr).toContain('--workers 99 son demasiados');
  });

  it('wraps its sentences to a 60-column terminal, and leaves them whole in a pipe', async () => {
    const session = spawnCli(['threads', '--increments', '2000', '--lang', 'es'], { cols: 60, rows: 40 });
    await session.exited;
    const lines = session
      .output()
      .replace(/\u001B\[[0-9;?]*[A-Za-z]/g, '')
      .split(/\r?\n/);
    expect(lines.some((line) => line.includes('contador = contador + 1'))).toBe(true);
    expect(lines.filter((line) => displayWidth(line) > 60)).toEqual([]);
    const piped = await runCli(['threads', '--increments', '2000', '--lang', 'es']);
    expect(piped.stdout.split('\n').some((line) => displayWidth(line) > 60)).toBe(true);
  });
});
