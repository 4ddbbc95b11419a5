import { cleanup } from 'ink-testing-library';
import { afterAll, afterEach, describe, expect, test, vi } from 'vitest';
import { displayWidth } from '../../src/core/display-width.js';
import type { Lang } from '../../src/core/language.js';
import { themeNames, type ThemeName } from '../../src/core/theme-names.js';
import { screenIds } from '../../src/tools/index.js';
import { renderApp, resize, waitForFrame } from '../helpers/render.js';
import { allScreenFakes } from '../helpers/screen-fakes.js';
import { screenSizes } from '../helpers/screen-sizes.js';
import { settled } from '../helpers/settled.js';

// Colours on, as in a terminal (chalk reads this when Ink loads): what a theme paints must show.
const previousForceColor = vi.hoisted(() => {
  const previous = process.env.FORCE_COLOR;
  process.env.FORCE_COLOR = '1';
  return previous;
});
afterAll(() => {
  if (previousForceColor === undefined) delete process.env.FORCE_COLOR;
  else process.env.FORCE_COLOR = previousForceColor;
});
afterEach(cleanup);

const sizes = screenSizes;

const sgr = /\u001B\[([\d;]*)m/g;
const plain = (frame: string) => frame.replace(sgr, '');

/** Every SGR parameter a frame uses: 2 is dim, 30-37 and 90-97 colours, 38 any other colour. */
function styleCodes(frame: string): Set<number> {
  return new Set([...frame.matchAll(sgr)].flatMap((match) => match[1]!.split(';').map(Number)));
}

const colourCodes = (codes: Set<number>) =>
  [...codes].filter((code) => (code >= 30 && code <= 38) || (code >= 90 && code <= 97) || (code >= 40 && code <= 48));

/** What each theme promises, as codes it never sends. */
const forbidden: Record<ThemeName, (codes: Set<number>) => number[]> = {
  dark: () => [],
  // Yellow, cyan and white fade into a white background.
  light: (codes) => [...codes].filter((code) => [33, 93, 36, 96, 37, 97].includes(code)),
  // No dim and no grey (bright black) text.
  'high-contrast': (codes) => [...codes].filter((code) => code === 2 || code === 90),
  mono: colourCodes,
};

/** Words of three letters or more outside tokens with digits or slashes (times, ports, paths). */
const words = (frame: string) =>
  new Set(
    plain(frame)
      .split(/\s+/)
      .filter((token) => !/[\d/]/.test(token))
      .flatMap((token) => token.match(/\p{L}{3,}/gu) ?? []),
  );

async function openAt(screen: string, lang: Lang, theme: ThemeName, columns: number, rows: number) {
  const rendered = renderApp(screen, { lang, theme, fakeSources: allScreenFakes });
  await waitForFrame(rendered, /netlearn/);
  resize(rendered, columns, rows);
  let frame = await settled(rendered, 300);
  for (let retry = 0; retry < 3 && displayWidth(plain(frame).split('\n')[0] ?? '') !== columns; retry++) {
    resize(rendered, columns, rows);
    frame = await settled(rendered, 300);
  }
  return { rendered, frame };
}

/**
 * The screen in each theme at one size. Where T works (no text field has the keys) one app is
 * switched through them, so live screens show the same thing in each; elsewhere each theme is its
 * own app (screens with a text field show only what was typed).
 */
async function inEveryTheme(screen: string, lang: Lang, columns: number, rows: number) {
  const { rendered, frame } = await openAt(screen, lang, 'dark', columns, rows);
  const frames = new Map<ThemeName, string>([['dark', frame]]);
  // `?` in the footer: printable keys act, so T does too.
  const themeKey = /(^|\s)\? (keys|teclas)/.test(plain(frame));
  for (const theme of themeNames.slice(1)) {
    if (themeKey) {
      rendered.stdin.write('T');
      frames.set(theme, await settled(rendered, 300));
    } else {
      const own = await openAt(screen, lang, theme, columns, rows);
      frames.set(theme, own.frame);
      own.rendered.unmount();
    }
  }
  rendered.unmount();
  return frames;
}

describe.each(['home', ...screenIds()])('the %s screen in every theme', (screen) => {
  test.each(['en', 'es'] as const)(
    '%s: the same layout as the dark theme at every size, painted only as its theme promises',
    async (lang) => {
      for (const [columns, rows] of sizes) {
        const frames = await inEveryTheme(screen, lang, columns, rows);
        const dark = frames.get('dark')!;
        expect(colourCodes(styleCodes(dark)).length, 'colours are on').toBeGreaterThan(0);
        for (const theme of themeNames) {
          const frame = frames.get(theme)!;
          const lines = plain(frame).split('\n');
          const where = `${theme} ${columns}x${rows}\n${plain(frame)}`;
          expect(lines.length, where).toBeLessThanOrEqual(rows);
          expect(
            lines.filter((line) => displayWidth(line) > columns),
            where,
          ).toEqual([]);
          // Colours never move text: the words, rows and widths the layout test checks in the dark theme.
          expect(words(frame), where).toEqual(words(dark));
          expect(lines.length, where).toBe(plain(dark).split('\n').length);
          expect(forbidden[theme](styleCodes(frame)), where).toEqual([]);
        }
      }
    },
    120_000,
  );
});

test('T cycles the theme on any screen outside a text field, and the app is told so it is remembered', async () => {
  const chosen: ThemeName[] = [];
  const rendered = renderApp('home', { theme: 'dark', onThemeChange: (theme) => chosen.push(theme) });
  const dark = await waitForFrame(rendered, /netlearn/);
  expect(colourCodes(styleCodes(dark)).length).toBeGreaterThan(0);
  for (let press = 0; press < 3; press++) {
    rendered.stdin.write('T');
    await settled(rendered, 200);
  }
  expect(chosen).toEqual(['light', 'high-contrast', 'mono']);
  expect(colourCodes(styleCodes(rendered.lastFrame() ?? ''))).toEqual([]);
  rendered.unmount();
});
