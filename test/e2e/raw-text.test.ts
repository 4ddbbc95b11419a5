import { describe, expect, it } from 'vitest';
import { excerpt } from '../../src/core/check/bytes.js';
import { runCli } from '../helpers/cli.js';

// Text from outside (a pipe, an argument, a server) reaches the terminal only through the chat's
// cleaner: no escape sequence, no BEL, no bidi override, no invisible character.
const raw = /[\u0007\u001b\u009b\u200b\u202e\ufeff]/;

describe('text from outside never reaches the terminal raw', () => {
  it('explain: an OSC 52 clipboard write in the piped line is not echoed in the "from:" line', async () => {
    const { code, stdout } = await runCli(['explain'], { input: '\u001b]52;c;QUFB\u0007 ECONNREFUSED\n' });
    expect(code).toBe(0);
    expect(stdout).toContain('ECONNREFUSED');
    expect(stdout).not.toMatch(raw);
  });

  it('quiz: a piped answer with U+202E is echoed with the override shown, not applied', async () => {
    const { stdout } = await runCli(['quiz', 'port', '--seed', '5', '--count', '1'], { input: 'well\u202eknown\n' });
    expect(stdout).toContain('> well\\u202eknown');
    expect(stdout).not.toMatch(raw);
  });

  it('ip: a zone with a colon or a space is refused, exit 2', async () => {
    for (const address of ['fe80::1%eth0:1', 'fe80::1%eth 0']) {
      const { code, stderr } = await runCli(['ip', address]);
      expect(code).toBe(2);
      expect(stderr).toContain('zone');
    }
  });

  it('ip: what follows a slash is a prefix, never part of the zone: /129 is refused as a prefix, exit 2', async () => {
    const { code, stderr } = await runCli(['ip', 'fe80::1%1/129']);
    expect(code).toBe(2);
    expect(stderr).toContain('129');
    expect(stderr).not.toContain('"1/129"');
  });

  it('ip: a zone with escapes, BEL or bidi is refused and quoted made visible', async () => {
    const { code, stderr } = await runCli(['ip', 'fe80::1%eth\u001b[31m\u0007\u202e0']);
    expect(code).toBe(2);
    expect(stderr).not.toMatch(raw);
  });

  it('ip: a zone longer than 64 characters is refused', async () => {
    const { code, stderr } = await runCli(['ip', `fe80::1%${'e'.repeat(65)}`]);
    expect(code).toBe(2);
    expect(stderr).toContain('64');
  });

  it('check excerpts show a zero-width space and a BOM as escapes', () => {
    const shown = excerpt('a\u00e2\u0080\u008bb\u00ef\u00bb\u00bfc');
    expect(shown).not.toMatch(raw);
    expect(shown).toBe('a\\xe2\\x80\\x8bb\\xef\\xbb\\xbfc');
  });
});
