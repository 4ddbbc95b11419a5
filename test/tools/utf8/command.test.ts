import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cleanEnv, cliPath, runCli } from '../../helpers/cli.js';

describe('netlearn utf8', () => {
  it('prints the documented JSON for ñ', async () => {
    const { code, stdout } = await runCli(['utf8', 'ñ', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      text: 'ñ',
      bytes: [195, 177],
      hex: 'c3 b1',
      characters: [{ char: 'ñ', codePoints: ['U+00F1'], bytes: [195, 177] }],
      mojibake: { latin1: 'Ã±', macRoman: '√±' },
    });
  });

  it('reads stdin when no text is given, without the trailing newline', async () => {
    const { code, stdout } = await runCli(['utf8', '--json'], { input: 'hola\n' });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).hex).toBe('68 6f 6c 61');
  });

  it("shows bytes, bits, mojibake and Python's error in text", async () => {
    const { stdout } = await runCli(['utf8', 'é']);
    expect(stdout).toContain('1 character, 1 code point, 2 bytes');
    expect(stdout).toContain('c3 a9');
    expect(stdout).toContain('110|00011 10|101001');
    expect(stdout).toContain('Ã©');
    expect(stdout).toContain('√©');
    expect(stdout).toContain(
      "UnicodeDecodeError: 'ascii' codec can't decode byte 0xc3 in position 0: ordinal not in range(128)",
    );
  });

  it('never writes a control character raw', async () => {
    const { stdout } = await runCli(['utf8'], { input: 'a\u0007b\u001B[2Jc' });
    expect(stdout).toContain('a<U+0007>b<U+001B>[2Jc');
    expect(stdout).not.toMatch(/[\u0007\u001B\u0080-\u009F]/);
  });

  it('decodes --hex and reports an invalid byte with its offset', async () => {
    const { code, stdout } = await runCli(['utf8', '--hex', 'c3 b1 ff', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      hex: 'c3 b1 ff',
      bytes: [195, 177, 255],
      text: 'ñ\uFFFD',
      invalid: [{ offset: 2, bytes: [255], reason: 'invalid-byte' }],
    });
    const text = await runCli(['utf8', '--hex', 'c3 b1 ff']);
    expect(text.stdout).toMatch(/2 +ff +U\+FFFD/);
    expect(text.stdout).toContain('1 invalid sequence');
  });

  it('exits 2 on bad hex, in Spanish with --lang es', async () => {
    const { code, stderr } = await runCli(['utf8', '--hex', 'c3 zz', '--lang', 'es']);
    expect(code).toBe(2);
    expect(stderr).toContain('"zz" tiene "z", que no es un dígito hexadecimal');
  });
});

/** Runs the built CLI with raw bytes on stdin (runCli only takes text). */
function runWithBytes(args: string[], input: Buffer) {
  const result = spawnSync(process.execPath, [cliPath, ...args], { input, env: cleanEnv(), maxBuffer: 256 * 2 ** 20 });
  return { code: result.status, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8') };
}

describe('netlearn utf8 reading stdin as bytes', () => {
  it('reports invalid bytes on stdin with offset, bytes and reason, and the true byte count', () => {
    const { code, stdout } = runWithBytes(['utf8'], Buffer.from([0x78, 0xff, 0xc3]));
    expect(code).toBe(0);
    expect(stdout).toContain('78 ff c3  (3 bytes)');
    expect(stdout).toMatch(/1 +ff +U\+FFFD .*this byte never appears in UTF-8/);
    expect(stdout).toMatch(/2 +c3 +U\+FFFD .*the sequence ends before/);
    expect(stdout).toContain('2 invalid sequences');
  });

  it('gives the --hex JSON shape for invalid stdin', () => {
    const { stdout } = runWithBytes(['utf8', '--json'], Buffer.from([0x78, 0xff, 0xc3]));
    expect(JSON.parse(stdout)).toEqual({
      hex: '78 ff c3',
      bytes: [120, 255, 195],
      text: 'x\uFFFD\uFFFD',
      invalid: [
        { offset: 1, bytes: [255], reason: 'invalid-byte' },
        { offset: 2, bytes: [195], reason: 'truncated' },
      ],
    });
  });

  it('reads at most 1 MiB of stdin, says so on stderr, and lists only the first 200 characters', () => {
    const { code, stdout, stderr } = runWithBytes(['utf8'], Buffer.alloc(3_000_000, 'a'));
    expect(code).toBe(0);
    expect(stderr).toContain('read only the first 1 MiB of stdin');
    expect(stdout).toContain('1048576 characters, 1048576 code points, 1048576 bytes');
    expect(stdout).toContain('… 1048376 more characters');
    expect(stdout.length).toBeLessThan(20_000);
  });

  it('a cap that splits a character drops the partial character instead of calling it invalid', () => {
    // 'a' then ñ (c3 b1) repeated: byte 2^20 - 1 is the c3 of a pair the cap cuts.
    const input = Buffer.concat([Buffer.from('a'), Buffer.alloc(2 ** 20 + 10, 'ñ')]);
    const { stdout } = runWithBytes(['utf8'], input);
    expect(stdout).toContain('1048575 bytes');
    expect(stdout).not.toContain('invalid');
  });
});
