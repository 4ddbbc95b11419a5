import { describe, expect, it } from 'vitest';
import { jsonLines, runCli } from '../../helpers/cli.js';

describe('netlearn aggregate', () => {
  it('merges halves and overlaps into the fewest blocks, IPv4 then IPv6', async () => {
    const { code, stdout } = await runCli([
      'aggregate',
      '10.0.0.0/25',
      '10.0.0.128/25',
      '2001:db8::/33',
      '10.0.1.0/24',
      '2001:db8:8000::/33',
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe('10.0.0.0/23\n2001:db8::/32\n');
  });

  it('--json says which inputs each block took in', async () => {
    const { stdout } = await runCli(['aggregate', '--json', '192.168.0.0/24', '192.168.0.7', '192.168.2.0/24']);
    expect(jsonLines(stdout)).toEqual([
      { cidr: '192.168.0.0/24', family: 'IPv4', absorbed: ['192.168.0.7/32'] },
      { cidr: '192.168.2.0/24', family: 'IPv4', absorbed: [] },
    ]);
  });

  it('reads one network per line on stdin, names a bad line, keeps the rest and exits 2', async () => {
    const { code, stdout, stderr } = await runCli(['aggregate'], {
      input: '10.0.0.0/25\n10.0.0.300/25\n10.0.0.128/25\n',
    });
    expect(code).toBe(2);
    expect(stdout).toBe('10.0.0.0/24\n');
    expect(stderr).toContain('line 2: octet 4 of the address, 300, is over 255');
  });

  it('nothing to merge is exit 2', async () => {
    const { code, stderr } = await runCli(['aggregate'], { input: '' });
    expect(code).toBe(2);
    expect(stderr).toContain('nothing to merge');
  });
});
