import { cleanup } from 'ink-testing-library';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { serverCheckIds } from '../../src/core/check/checks.js';
import { checkResult } from '../../src/core/check/result.js';
import type { Lang } from '../../src/core/language.js';
import type { CheckPayload } from '../../src/tools/check/payload.js';
import type { CheckSources } from '../../src/tools/check/sources.js';
import { screenIds } from '../../src/tools/index.js';
import { judged } from '../helpers/check-run.js';
import { keys } from '../helpers/keys.js';
import { renderApp, resize, waitForFrame, type Rendered } from '../helpers/render.js';
import { allScreenFakes } from '../helpers/screen-fakes.js';
import { screenSizes } from '../helpers/screen-sizes.js';
import { settled } from '../helpers/settled.js';

afterEach(cleanup);

// Ink's own switch, read when each app is rendered: what `--screen-reader` hands Ink too.
beforeAll(() => vi.stubEnv('INK_SCREEN_READER', 'true'));
afterAll(() => vi.unstubAllEnvs());

const sizes = screenSizes;

/** A check server that answers at once: connect passes, broadcast fails. */
const checkServer: CheckSources = {
  run: async (request, events) => {
    const results = request.ids.map((id) =>
      checkResult(
        id,
        id === 'broadcast'
          ? { status: 'fail', reason: 'broadcast-none', sent: 'tok\n', received: '' }
          : { status: 'pass', reason: 'pass', sent: '', received: '' },
        42,
      ),
    );
    for (const result of results) events.finished?.(result);
    return judged(results);
  },
  runClient: async () => [],
  readProfile: () => '',
};
const checkPayload: CheckPayload = {
  host: '127.0.0.1',
  port: 5123,
  ids: ['connect', 'broadcast'],
  timeoutMs: 3000,
  strict: false,
  autostart: true,
};

const fakeSources = { ...allScreenFakes, check: checkServer };
const payloads: Record<string, unknown> = { check: checkPayload };

/** Characters that draw rather than say: box drawing, blocks, a spinner's braille frames. */
const pictureGlyphs = /[\u2500-\u259F\u2800-\u28FF]/u;

/** What the reader hears of each screen, besides its header and keys, in each language. */
const heard: Record<string, Record<Lang, RegExp[]>> = {
  home: {
    en: [/^menu: menuitem: \(selected\) Learn: 1 Lessons$/m, /^menuitem: Tools: 2 IP to binary$/m],
    es: [/^menu: menuitem: \(selected\) Aprender: 1 Lecciones$/m],
  },
  lessons: {
    en: [/^list: listitem: \(selected\) +1\. Servers$/m],
    es: [/^list: listitem: \(selected\) +1\. Servidores$/m],
  },
  ip: {
    en: [/^In bits: 192 is 11000000, 168 is 10101000, 1 is 00000001, 10 is 00001010\.$/m],
    es: [/^En bits: 192 es 11000000, 168 es 10101000, 1 es 00000001, 10 es 00001010\.$/m],
  },
  subnet: {
    en: [/the first 24 bits name the network, the last 8 the host\./],
    es: [/los primeros 24 bits nombran la red, los últimos 8 el host\./],
  },
  port: {
    en: [/^Port 5050 sits 8% of the way from 0 to 65535, outside this system's ephemeral range \d+-\d+\.$/m],
    es: [/^El puerto 5050 está al 8% del camino de 0 a 65535, fuera del rango efímero de este sistema, \d+-\d+\.$/m],
  },
  demo: {
    en: [/^The server listens on \('127\.0\.0\.1', \d+\), with no connections\.$/m],
    es: [/^El servidor escucha en \('127\.0\.0\.1', \d+\), sin conexiones\.$/m],
  },
  practice: { en: [/^option: \(selected\) › 0 A mix/m], es: [/^option: \(selected\) › 0 /m] },
  check: {
    en: [/^list: listitem: (\(selected\) )?pass: connect /m, /^listitem: (\(selected\) )?FAIL: broadcast .*42 ms$/m],
    es: [/^list: listitem: (\(selected\) )?bien: connect /m],
  },
};

async function spoken(screen: string, lang: Lang, columns: number, rows: number): Promise<string> {
  const rendered = renderApp(screen, { lang, fakeSources, payload: payloads[screen] });
  await waitForFrame(rendered, /netlearn/);
  resize(rendered, columns, rows);
  const frame = await settled(rendered, 300);
  rendered.unmount();
  return frame;
}

describe.each(['home', ...screenIds()])('a screen reader hears %s as linear text', (screen) => {
  test.each(['en', 'es'] as const)('%s, at every size: header, what the screen says, then its keys', async (lang) => {
    const frames = await Promise.all(sizes.map(([columns, rows]) => spoken(screen, lang, columns, rows)));
    for (const [index, frame] of frames.entries()) {
      const size = sizes[index]!.join('x');
      const lines = frame.split('\n');
      // Pictures are said in words: nothing drawn is read out glyph by glyph.
      expect(frame, size).not.toMatch(pictureGlyphs);
      expect(lines[0], size).toMatch(new RegExp(`^netlearn.* \\[${lang.toUpperCase()}\\]$`));
      expect(lines.at(-1), size).toMatch(lang === 'en' ? /(\?|F1) keys/ : /(\?|F1) teclas/);
      for (const expected of heard[screen]?.[lang] ?? []) expect(frame, `${size}\n${frame}`).toMatch(expected);
    }
  });
});

describe('in screen-reader mode', () => {
  const open = async (screen: string): Promise<Rendered> => {
    const rendered = renderApp(screen, { lang: 'en', fakeSources });
    await waitForFrame(rendered, /netlearn/);
    return rendered;
  };

  test("a lesson's question is a radio group: the option under the cursor is selected, the answer checked", async () => {
    const rendered = await open('lesson');
    await settled(rendered, 300);
    rendered.stdin.write(keys.enter);
    const question = await waitForFrame(rendered, /^radio: \(selected\) › a\) /m);
    expect(question).toMatch(/^radiogroup: /m);
    expect(question).toMatch(/^radio: {3}b\) /m);
    rendered.stdin.write(keys.enter);
    await waitForFrame(rendered, /^radio: \(selected, checked\) [✓✗] a\) /m);
    rendered.unmount();
  });

  test.each([
    // The table's row for 2001 draws its bits in fours; the subnet marks the boundary bit with |.
    [
      'ip',
      '2001:db8::1',
      /^In bits, group by group: 2001 is 0010000000000001, 0db8 is 0000110110111000, /m,
      /0010 0000 0000 0001/,
    ],
    [
      'subnet',
      '2001:db8::/52',
      /^In 2001:db8::\/52, the first 52 of 128 bits name the network, the other 76 the host\.$/m,
      /\|/,
    ],
  ])('%s says an IPv6 picture in one sentence too (%s)', async (screen, example, said, drawn) => {
    const rendered = renderApp(screen, { lang: 'en', fakeSources, payload: { example } });
    const frame = await waitForFrame(rendered, said);
    expect(frame).not.toMatch(pictureGlyphs);
    expect(frame).not.toMatch(drawn);
    rendered.unmount();
  });

  test('the key list is a list a reader walks item by item', async () => {
    const rendered = await open('home');
    await settled(rendered, 300);
    rendered.stdin.write('?');
    const list = await waitForFrame(rendered, 'Every key');
    expect(list).toMatch(/^list: On netlearn$/m);
    expect(list).toMatch(/^listitem: Enter +open$/m);
    expect(list).toMatch(/^listitem: T +next theme$/m);
    rendered.unmount();
  });

  test('a running check says it is running, without spinner frames', async () => {
    let finish = () => {};
    const slow: CheckSources = {
      ...checkServer,
      run: async (request, events) => {
        events.started?.(request.ids[0]!);
        await new Promise<void>((resolve) => (finish = resolve));
        return judged([]);
      },
    };
    const rendered = renderApp('check', {
      lang: 'en',
      payload: { ...checkPayload, ids: [serverCheckIds[0]!] },
      fakeSources: { ...fakeSources, check: slow },
    });
    const first = await waitForFrame(rendered, /\(busy\)|\(selected, busy\)/);
    await settled(rendered, 400);
    // Frames stay the same while it runs: nothing turns.
    expect(rendered.frames.filter((frame) => pictureGlyphs.test(frame))).toEqual([]);
    expect(first).toMatch(/running…/);
    finish();
    rendered.unmount();
  });
});
