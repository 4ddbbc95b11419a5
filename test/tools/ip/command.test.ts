import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';

describe('netlearn ip', () => {
  it('prints the documented JSON for 192.168.1.10, numbers as numbers', async () => {
    const { code, stdout, stderr } = await runCli(['ip', '192.168.1.10', '--json']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(
      '{"input":"192.168.1.10","family":"IPv4","address":"192.168.1.10","octets":[192,168,1,10],' +
        '"octetsBinary":["11000000","10101000","00000001","00001010"],' +
        '"binary":"11000000.10101000.00000001.00001010","integer":3232235786,"hex":"0xC0A8010A","scope":"private",' +
        '"reversePointer":"10.1.168.192.in-addr.arpa","class":"C"}\n',
    );
  });

  it('shows each octet under the place values, with the sum that makes it', async () => {
    const { code, stdout } = await runCli(['ip', '192.168.1.10']);
    expect(code).toBe(0);
    expect(stdout).toContain(
      '      128  64  32  16   8   4   2   1\n  192   1   1   0   0   0   0   0   0   192 = 128 + 64\n',
    );
    expect(stdout).toContain('binary      11000000.10101000.00000001.00001010');
    expect(stdout).toContain('hex         0xC0A8010A');
    expect(stdout).toContain('integer     3232235786');
    expect(stdout).toContain('scope       private (192.168.0.0/16, RFC 1918)');
    expect(stdout).not.toContain('\u001B[');
  });

  it('converts dotted bits back to dotted decimal', async () => {
    const { stdout } = await runCli(['ip', '00001010.00000000.00000000.00000001', '--json']);
    expect(JSON.parse(stdout).address).toBe('10.0.0.1');
  });

  it('rejects a leading zero with exit 2 and explains the octal reading', async () => {
    const { code, stdout, stderr } = await runCli(['ip', '010.1.1.1']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'netlearn: error: octet 1 of the address, "010", starts with 0. Some parsers read a leading 0 as octal (010 would be 8, not 10), others as decimal, so it is ambiguous: write 10.\n',
    );
  });

  it('says in Spanish which octet is over 255', async () => {
    const { code, stderr } = await runCli(['ip', '1.2.300.4', '--lang', 'es']);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'netlearn: error: el octeto 3 de la dirección, 300, pasa de 255: 8 bits guardan solo de 0 a 255.\n',
    );
  });

  it.each([['1.2.3'], ['1.2.3.4.5'], ['abc'], ['1.2.3.4/24'], ['١.٢.٣.٤'], ['']])(
    'exits 2 without a stack trace for %j',
    async (input) => {
      const { code, stderr } = await runCli(['ip', input]);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^netlearn: error: .+\n$/);
      expect(stderr).not.toContain('    at ');
    },
  );

  it('quotes control characters in the input visibly instead of sending them to the terminal', async () => {
    const { code, stderr } = await runCli(['ip', '1.2.3.4\u001B[31m']);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'netlearn: error: the address is complete, but "\\x1B[31m" follows it (from character 8). Remove it.\n',
    );
  });
});
