import { describe, expect, it } from 'vitest';
import { firstLineThenClose, jsonLines, runCli } from '../../helpers/cli.js';

describe('netlearn subnet', () => {
  it('prints the JSON from DESIGN.md for 192.168.1.10/24', async () => {
    const { code, stdout } = await runCli(['subnet', '192.168.1.10/24', '--json']);
    expect(code).toBe(0);
    expect(stdout).toBe(
      '{"input":"192.168.1.10/24","address":"192.168.1.10","prefix":24,"mask":"255.255.255.0",' +
        '"wildcard":"0.0.0.255","network":"192.168.1.0","broadcast":"192.168.1.255",' +
        '"firstHost":"192.168.1.1","lastHost":"192.168.1.254","addresses":256,"hosts":254,' +
        '"networkBits":"11000000.10101000.00000001","hostBits":"00001010","scope":"private"}\n',
    );
  });

  it('0.0.0.0/0 counts 4294967296 addresses and 4294967294 hosts', async () => {
    const json = JSON.parse((await runCli(['subnet', '0.0.0.0/0', '--json'])).stdout);
    expect(json).toMatchObject({ addresses: 4294967296, hosts: 4294967294, broadcast: '255.255.255.255' });
  });

  it('takes an address and a mask as two arguments', async () => {
    const json = JSON.parse((await runCli(['subnet', '10.1.2.3', '255.255.0.0', '--json'])).stdout);
    expect(json).toMatchObject({ input: '10.1.2.3 255.255.0.0', prefix: 16, network: '10.1.0.0' });
  });

  it('shows the bits split at the boundary and says where the address sits', async () => {
    const { stdout } = await runCli(['subnet', '192.168.1.10/24']);
    expect(stdout).toContain('address       11000000.10101000.00000001 | 00001010    192.168.1.10');
    expect(stdout).toContain('mask          11111111.11111111.11111111 | 00000000    255.255.255.0');
    expect(stdout).toContain('usable hosts  254');
    expect(stdout).toContain('192.168.1.10 is host 10 of network 192.168.1.0/24.');
  });

  it('says it in Spanish', async () => {
    const { stdout } = await runCli(['subnet', '192.168.1.10/24', '--lang', 'es']);
    expect(stdout).toContain('192.168.1.10 es el host 10 de la red 192.168.1.0/24.');
  });

  it('streams a split one CIDR per line when piped', async () => {
    const { code, stdout } = await runCli(['subnet', '192.168.1.0/24', '--split', '/26']);
    expect(code).toBe(0);
    expect(stdout).toBe('192.168.1.0/26\n192.168.1.64/26\n192.168.1.128/26\n192.168.1.192/26\n');
  });

  it('--split N rounds up to a power of two and says so on stderr', async () => {
    const { code, stdout, stderr } = await runCli(['subnet', '192.168.1.0/24', '--split', '3']);
    expect(code).toBe(0);
    expect(stdout.split('\n').filter(Boolean)).toEqual([
      '192.168.1.0/26',
      '192.168.1.64/26',
      '192.168.1.128/26',
      '192.168.1.192/26',
    ]);
    expect(stderr).toBe(
      'Note: 3 is not a power of two; the smallest equal split is 4 subnets of /26 (1 more than asked).\n',
    );
  });

  it('with --json, a split is one JSON object per line', async () => {
    const { stdout } = await runCli(['subnet', '10.0.0.0/30', '--split', '/31', '--json']);
    expect(stdout).toBe(
      '{"cidr":"10.0.0.0/31","network":"10.0.0.0","broadcast":"10.0.0.1","firstHost":"10.0.0.0","lastHost":"10.0.0.1","hosts":2}\n' +
        '{"cidr":"10.0.0.2/31","network":"10.0.0.2","broadcast":"10.0.0.3","firstHost":"10.0.0.2","lastHost":"10.0.0.3","hosts":2}\n' +
        '{"type":"total","count":2,"prefix":31,"hosts":4,"addresses":4}\n',
    );
  });

  it('allocates --hosts 100,50,20 largest first and lists what is left', async () => {
    const { code, stdout } = await runCli(['subnet', '192.168.0.0/24', '--hosts', '20,100,50', '--json']);
    expect(code).toBe(0);
    const rows = jsonLines(stdout);
    expect(rows.slice(0, -1).map((row) => [row.cidr, row.wanted])).toEqual([
      ['192.168.0.0/25', 100],
      ['192.168.0.128/26', 50],
      ['192.168.0.192/27', 20],
      ['192.168.0.224/27', null],
    ]);
    expect(rows.at(-1)).toEqual({ type: 'total', subnets: 3, wanted: 170, hosts: 218, used: 224, unused: 32 });
  });

  it('--hosts 2 gets a /30 and one note says why (a /31 is for point-to-point links)', async () => {
    const { stdout } = await runCli(['subnet', '192.168.0.0/24', '--hosts', '2']);
    expect(stdout).toMatch(/^192\.168\.0\.0\/30 +2 wanted +192\.168\.0\.1 - 192\.168\.0\.2 +2 hosts$/m);
    expect(stdout).toContain("RFC 3021's /31 is for point-to-point links only.");
    // The subnet itself still reads a /31 as two hosts (RFC 3021).
    expect(JSON.parse((await runCli(['subnet', '10.0.0.0/31', '--json'])).stdout).hosts).toBe(2);
  });

  it.each([
    [['192.168.1.10/33'], 'the prefix 33 is over 32'],
    [['10.0.0.0/99999999999'], 'the prefix 99999999999 is over 32'],
    [['10.0.0.0/024'], 'the prefix "024" has a leading zero; write it without one, like 24.'],
    [['192.168.1.10/-1'], 'the prefix -1 is negative'],
    [['192.168.1.10'], 'has no prefix or mask'],
    [['192.168.1.10', '255.0.255.0'], 'mixes ones and zeros'],
    [['192.168.1.0/24', '--split', '/16'], "shorter than the network's own /24"],
    [['192.168.1.0/24', '--split', '/33'], 'from /24'],
    [['192.168.1.0/24', '--split', '0'], 'not 0'],
    [['192.168.1.0/24', '--hosts', '100,x'], 'entry 2 of --hosts'],
    [
      ['192.168.1.0/24', '--hosts', '9999999999999999999999'],
      "9999999999999999999999 hosts don't fit in this network: it has 254 usable hosts.",
    ],
  ])('rejects %j with exit 2 and says what is wrong', async (args, message) => {
    const { code, stderr } = await runCli(['subnet', ...args]);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).not.toContain('    at ');
  });

  it("lists this machine's interfaces when given no address", async () => {
    const { code, stdout } = await runCli(['subnet', '--json']);
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as { interface: string; network: string; prefix: number }[];
    expect(rows.some((row) => row.network === '127.0.0.0' && row.prefix === 8)).toBe(true);
  });

  it('ends at once when the reader closes after the first line of a 16-million-line split', async () => {
    const started = Date.now();
    const { first, code } = await firstLineThenClose(['subnet', '10.0.0.0/8', '--split', '/32'], 10_000);
    expect(first).toBe('10.0.0.0/32');
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
