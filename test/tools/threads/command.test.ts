import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';

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
});
