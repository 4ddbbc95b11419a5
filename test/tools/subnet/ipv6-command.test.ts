import { describe, expect, it } from 'vitest';
import { firstLineThenClose, jsonLines, runCli } from '../../helpers/cli.js';

describe('netlearn subnet with IPv6, --contains and stdin', () => {
  it('2001:db8:abcd::/48: the ranges, the exact count, no broadcast, the boundary and the reverse zone', async () => {
    const { code, stdout } = await runCli(['subnet', '2001:db8:abcd::/48']);
    expect(code).toBe(0);
    expect(stdout).toContain('mask          ffff:ffff:ffff:0000:0000:0000:0000:0000\n');
    expect(stdout).toContain('last          2001:db8:abcd:ffff:ffff:ffff:ffff:ffff\n');
    expect(stdout).toContain('addresses     2^80 = 1208925819614629174706176\n');
    expect(stdout).toContain('reverse zone  d.c.b.a.8.b.d.0.1.0.0.2.ip6.arpa\n');
    expect(stdout).toContain('2001:0db8:abcd | 0000:0000:0000:0000:0000');
    expect(stdout).toContain('No broadcast in IPv6');
  });

  it('a /64 says why it is the usual LAN (SLAAC); JSON counts as a decimal string', async () => {
    expect((await runCli(['subnet', '2001:db8::/64'])).stdout).toContain('SLAAC (RFC 4862)');
    const json = JSON.parse((await runCli(['subnet', '2001:db8::/64', '--json'])).stdout);
    expect(json).toMatchObject({ family: 'IPv6', addresses: '18446744073709551616', addressesPower: '2^64' });
  });

  it('rejects a prefix over 128 with exit 2', async () => {
    const { code, stderr } = await runCli(['subnet', '2001:db8::/129']);
    expect(code).toBe(2);
    expect(stderr).toBe('netlearn: error: the prefix 129 is over 128: an IPv6 address has only 128 bits.\n');
  });

  it('streams 2001:db8::/32 --split /48 as 65,536 lines', async () => {
    const { code, stdout } = await runCli(['subnet', '2001:db8::/32', '--split', '/48']);
    const lines = stdout.trim().split('\n');
    expect(code).toBe(0);
    expect(lines).toHaveLength(65536);
    expect([lines[0], lines[1], lines[65535]]).toEqual(['2001:db8::/48', '2001:db8:1::/48', '2001:db8:ffff::/48']);
  });

  it('ends at once when the reader closes during a 4,294,967,296-line split', async () => {
    const { first, code } = await firstLineThenClose(['subnet', '2001:db8::/32', '--split', '/64'], 15_000);
    expect(first).toBe('2001:db8::/64');
    expect(code).toBe(0);
  });

  it('--contains says yes or no with the deciding bits, exit 0 either way', async () => {
    const yes = await runCli(['subnet', '192.168.1.0/24', '--contains', '192.168.1.77']);
    expect(yes.code).toBe(0);
    expect(yes.stdout).toContain('Yes: 192.168.1.0/24 contains 192.168.1.77.');
    expect(yes.stdout).toContain('  192.168.1.0/24  11000000.10101000.00000001\n');
    const no = await runCli(['subnet', '2001:db8::/32', '--contains', '2001:db9::1', '--json']);
    expect(no.code).toBe(0);
    expect(JSON.parse(no.stdout)).toMatchObject({ contains: false, prefix: 32, firstDifference: 32 });
  });

  it('subnet - answers each line of stdin and exits 2 at the end when one was bad', async () => {
    const { code, stdout, stderr } = await runCli(['subnet', '-', '--json'], {
      input: '10.0.0.0/8\n2001:db8::/129\nfe80::/10\n',
    });
    expect(code).toBe(2);
    const lines = jsonLines(stdout);
    expect(lines.map((line) => line.network ?? 'error')).toEqual(['10.0.0.0', 'error', 'fe80::']);
    expect(stderr).toContain('line 2: the prefix 129 is over 128');
  });
});
