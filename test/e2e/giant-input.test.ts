import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('giant input gets a short answer', () => {
  it('aggregate on thousands of bad lines names about 20 of them, then counts the rest', async () => {
    // Before: one error line per bad line (748,984 for 10 MB).
    const input = 'not-a-network\n'.repeat(5000) + '10.0.0.0/24\n';
    const { code, stdout, stderr } = await runCli(['aggregate'], { input });
    const lines = stderr.trim().split('\n');
    expect(lines.length).toBeLessThanOrEqual(22);
    expect(stderr).toContain('line 20:');
    expect(stderr).not.toContain('line 21:');
    expect(stderr).toContain('5000 of 5001 lines were not valid');
    expect(stdout).toBe('10.0.0.0/24\n');
    expect(code).toBe(2);
  });

  it('ip - on thousands of bad lines stops naming them after about 20, and counts them all', async () => {
    const { code, stderr } = await runCli(['ip', '-'], { input: 'x\n'.repeat(3000) });
    expect(stderr.trim().split('\n').length).toBeLessThanOrEqual(22);
    expect(stderr).toContain('3000 of 3000 lines were not valid');
    expect(code).toBe(2);
  });

  it('a 131,000-character argument is quoted cut short, with an ellipsis and its length', async () => {
    // Before: the whole argument came back in the message (131 KB of stderr).
    const { code, stderr } = await runCli(['ip', '1'.repeat(131_000)]);
    expect(code).toBe(2);
    expect(stderr.length).toBeLessThan(600);
    expect(stderr).toContain('…');
    expect(stderr).toContain('131000 characters');
  });

  it('an unknown command as long as a page is quoted cut short too, in Spanish', async () => {
    const { code, stderr } = await runCli(['x'.repeat(50_000), '--lang', 'es']);
    expect(code).toBe(2);
    expect(stderr.length).toBeLessThan(600);
    expect(stderr).toContain('50000 caracteres');
  });
});
