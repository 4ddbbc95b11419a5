import { describe, expect, it } from 'vitest';
import { headerLines, type HeaderFacts } from '../../../src/tools/demo/header-lines.js';
import wordsEn from '../../../src/tools/demo/words.en.js';
import wordsEs from '../../../src/tools/demo/words.es.js';

const failed: HeaderFacts = {
  pythonLine: 's.bind(("127.0.0.1", 5050))',
  failure: 'EADDRINUSE',
  running: false,
  starting: false,
  outsideCommand: 'nc 127.0.0.1 5050',
  host: '127.0.0.1',
  wantedPort: 5050,
  open: 0,
  total: 0,
  autoplay: false,
};

const text = (lang: 'en' | 'es', facts: HeaderFacts = failed) =>
  headerLines(facts, lang === 'en' ? wordsEn : wordsEs, 100)
    .map((line) => line.map((span) => span.text).join(''))
    .join('\n');

describe("the demo's header when the port is taken", () => {
  it('says so as a line of its own, with a capital (the CLI prints it lowercase after "netlearn: error:")', () => {
    expect(text('en')).toContain('Port 5050 on 127.0.0.1 is already in use');
    expect(text('es')).toContain('El puerto 5050 en 127.0.0.1 ya está en uso');
    expect(text('en')).toContain(
      'Port 5050 on 127.0.0.1 is already in use (another netlearn serve, or your own server?) (EADDRINUSE)',
    );
  });
});

describe("the demo's header before the server first listens", () => {
  const starting: HeaderFacts = { ...failed, failure: undefined, starting: true };
  it('says it is starting, not that it is stopped and r would start it', () => {
    expect(text('en', starting)).toContain('Starting the server…');
    expect(text('en', starting)).not.toContain('Press r');
    expect(text('es', starting)).toContain('Arrancando el servidor…');
  });
  it('once it has listened and been stopped, it says so and names r', () => {
    expect(text('en', { ...starting, starting: false })).toContain('The server is stopped. Press r');
  });
});
