import { describe, expect, it } from 'vitest';
import { jsonLines, runCli } from '../../helpers/cli.js';

describe('netlearn ip with IPv6, integers and stdin', () => {
  it('prints the JSON of the issue, the 128-bit integer as a decimal string', async () => {
    const { code, stdout } = await runCli(['ip', 'FE80::1%eth0', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      input: 'FE80::1%eth0',
      family: 'IPv6',
      address: 'fe80::1',
      expanded: 'fe80:0000:0000:0000:0000:0000:0000:0001',
      hextets: ['fe80', '0000', '0000', '0000', '0000', '0000', '0000', '0001'],
      hextetsBinary: ['1111111010000000', ...new Array<string>(6).fill('0000000000000000'), '0000000000000001'],
      integer: '338288524927261089654018896841347694593',
      hex: '0xFE800000000000000000000000000001',
      scope: 'link-local',
      block: 'fe80::/10',
      rfc: 'RFC 4291',
      multicastScope: null,
      zone: 'eth0',
      mappedIPv4: null,
      embeddedIPv4: null,
      reversePointer: '1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.e.f.ip6.arpa',
      eui64Mac: null,
      solicitedNode: 'ff02::1:ff00:1',
      teredoServer: null,
      teredoPort: null,
    });
  });

  it('explains the compression steps and fits each line in 80 columns', async () => {
    const { stdout } = await runCli(['ip', '2001:0db8:0000:0000:0001:0000:0000:0001']);
    expect(stdout).toContain('2. leading zeros dropped in each group:\n   2001:db8:0:0:1:0:0:1\n');
    expect(stdout).toContain(
      '3. the longest run of zero groups (groups 3-4) becomes "::", once:\n   2001:db8::1:0:0:1\n',
    );
    expect(stdout).toContain('Two runs were equally long: the first one is the one shortened.');
    expect(stdout).toContain('groups       1  2001  0010 0000 0000 0001\n');
    const wide = stdout.split('\n').filter((line) => line.length > 80);
    expect(wide).toEqual([]);
  });

  it('says the kind in Spanish, with the multicast scope', async () => {
    const { stdout } = await runCli(['ip', 'ff02::1', '--lang', 'es']);
    expect(stdout).toContain('tipo            multicast, alcance de enlace (ff00::/8, RFC 4291)\n');
  });

  it.each([
    ['1::2::3', 'uses "::" twice (characters 2 and 5)'],
    ['2001:db8::12345', 'group 3, "12345" (from character 11), has 5 hex digits'],
    ['1:2:3:4:5:6:7:8:9', 'has 9 groups of 16 bits, but an IPv6 address has 8'],
    ['1.2.3.4::1', 'the IPv4 part "1.2.3.4" (from character 1) must come last'],
  ])('rejects %s naming the part and where it is', async (input, words) => {
    const { code, stdout, stderr } = await runCli(['ip', input]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(words);
  });

  it('reads IPv4 as one integer or in hex, and gives its reverse name and class', async () => {
    const { stdout } = await runCli(['ip', '0xC0A8010A']);
    expect(stdout).toContain('reverse DNS 10.1.168.192.in-addr.arpa');
    expect(stdout).toContain('class       C (historic: classful addressing ended in 1993, RFC 1519)');
    expect(JSON.parse((await runCli(['ip', '3232235786', '--json'])).stdout).address).toBe('192.168.1.10');
  });

  it('ip - answers each line of stdin, names the bad ones, and exits 2 at the end', async () => {
    const { code, stdout, stderr } = await runCli(['ip', '-', '--json'], { input: '::1\n\nnope\n10.0.0.1\n' });
    expect(code).toBe(2);
    const lines = jsonLines(stdout);
    expect(lines.map((line) => line.address ?? line.error.slice(0, 6))).toEqual(['::1', '"nope"', '10.0.0.1']);
    expect(lines[1]).toMatchObject({ input: 'nope', line: 3 });
    expect(stderr).toContain('netlearn: error: line 3: "nope" has 1 part');
    expect(stderr).toContain('1 of 3 lines were not valid');
  });
});
