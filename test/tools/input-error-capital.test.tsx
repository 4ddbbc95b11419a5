import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/language.js';
import { runCli } from '../helpers/cli.js';
import { renderApp, waitForFrame } from '../helpers/render.js';

afterEach(cleanup);

/**
 * The same sentence twice: on the command line after "netlearn: error:", lowercase (the Unix
 * convention), and on a screen, standing alone under the field, with a capital.
 */
const cases: { screen: string; input: string; lang: Lang; shown: string; printed: string }[] = [
  {
    screen: 'ip',
    input: '10.0.0.',
    lang: 'en',
    shown: 'Octet 4 of the address is empty',
    printed: 'netlearn: error: octet 4 of the address is empty',
  },
  {
    screen: 'ip',
    input: '10.0.0.',
    lang: 'es',
    shown: 'El octeto 4 de la dirección está vacío',
    printed: 'netlearn: error: el octeto 4 de la dirección está vacío',
  },
  {
    screen: 'subnet',
    input: '10.0.0.0/33',
    lang: 'en',
    shown: 'The prefix 33 is over 32',
    printed: 'netlearn: error: the prefix 33 is over 32',
  },
  {
    screen: 'subnet',
    input: '10.0.0.0/33',
    lang: 'es',
    shown: 'El prefijo 33 pasa de 32',
    printed: 'netlearn: error: el prefijo 33 pasa de 32',
  },
  {
    screen: 'port',
    input: '80000',
    lang: 'en',
    shown: 'Port "80000" is too large',
    printed: 'netlearn: error: port "80000" is too large',
  },
  {
    screen: 'port',
    input: '80000',
    lang: 'es',
    shown: 'El puerto "80000" es demasiado grande',
    printed: 'netlearn: error: el puerto "80000" es demasiado grande',
  },
];

describe('an input error on a screen starts with a capital; the command line keeps it lowercase', () => {
  it.each(cases)('$screen $input ($lang)', async ({ screen, input, lang, shown, printed }) => {
    const frame = await waitForFrame(renderApp(screen, { lang, payload: { example: input } }), shown);
    expect(frame).not.toContain(shown.charAt(0).toLowerCase() + shown.slice(1));
    const cli = await runCli([screen, input, '--lang', lang]);
    expect(cli.code).toBe(2);
    expect(cli.stderr.startsWith(printed)).toBe(true);
  });
});
