import { describe, expect, it } from 'vitest';
import { jsonLines, runCli } from '../../helpers/cli.js';

describe('netlearn range', () => {
  it('covers 192.168.1.10 - 192.168.1.20 with the fewest blocks, one per line', async () => {
    const { code, stdout } = await runCli(['range', '192.168.1.10', '192.168.1.20']);
    expect(code).toBe(0);
    expect(stdout).toBe('192.168.1.10/31\n192.168.1.12/30\n192.168.1.16/30\n192.168.1.20/32\n');
  });

  it('a whole /8 minus its last address is 24 blocks', async () => {
    const { stdout } = await runCli(['range', '10.0.0.0', '10.255.255.254']);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(24);
    expect([lines[0], lines[23]]).toEqual(['10.0.0.0/9', '10.255.255.254/32']);
  });

  it('IPv6 with --json is one object per line, counts as strings', async () => {
    const { stdout } = await runCli(['range', '2001:db8::', '2001:db8::1:ffff', '--json']);
    expect(jsonLines(stdout)).toEqual([
      { cidr: '2001:db8::/111', family: 'IPv6', first: '2001:db8::', last: '2001:db8::1:ffff', addresses: '131072' },
    ]);
  });

  it('rejects a reversed range and mixed families with exit 2', async () => {
    const reversed = await runCli(['range', '10.0.0.9', '10.0.0.1']);
    expect(reversed.code).toBe(2);
    expect(reversed.stderr).toContain("the range's first address, 10.0.0.9, is after its last");
    const mixed = await runCli(['range', '10.0.0.1', '::1', '--lang', 'es']);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain('"::1" no es de la misma familia que la primera dirección');
  });
});
