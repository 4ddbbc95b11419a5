import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

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

  it('shows bytes, bits, mojibake and Python\'s error in text', async () => {
    const { stdout } = await runCli(['utf8', 'é']);
    expect(stdout).toContain('1 character, 1 code point, 2 bytes');
    expect(stdout).toContain('c3 a9');
    expect(stdout).toContain('110|00011 10|101001');
    expect(stdout).toContain('Ã©');
    expect(stdout).toContain('√©');
    expect(stdout).toContain("UnicodeDecodeError: 'ascii' codec can't decode byte 0xc3 in position 0: ordinal not in range(128)");
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
