import { cleanup } from 'ink-testing-library';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { displayWidth } from '../../src/core/display-width.js';
import type { Lang } from '../../src/core/language.js';
import { screenIds } from '../../src/tools/index.js';
import { allScreenFakes } from '../helpers/screen-fakes.js';
import { screenSizes } from '../helpers/screen-sizes.js';
import { keys } from '../helpers/keys.js';
import { pause, settled } from '../helpers/settled.js';
import { renderApp, resize, waitForFrame, type Rendered } from '../helpers/render.js';

afterEach(cleanup);

const sizes = screenSizes;
/** Tall enough that no screen needs to scroll: what it shows here is everything it has to say. */
const whole = [140, 200] as const;

/** On while the screen-reader walk runs: Ink then writes linear text, the keys on its last line. */
let readerMode = false;

/** The body's words: the header row and the footer (keys differ with the size) left out. */
function words(frame: string): Set<string> {
  const rows = frame.split('\n');
  const firstFooter = readerMode ? rows.length - 1 : rows.findLastIndex((row) => row.trim() === '');
  const body = rows.slice(1, firstFooter > 0 ? firstFooter : undefined).join('\n');
  // Words of three letters or more, from tokens with no digit or slash: times, ports and temporary
  // paths change from one run to the next.
  const tokens = body.split(/\s+/).filter((token) => !/[\d/]/.test(token));
  return new Set(tokens.flatMap((token) => token.match(/\p{L}{3,}/gu) ?? []));
}

/**
 * Every word the screen shows at this size: scrolling down (PgDn, then ↓) until nothing changes,
 * back up (PgUp: a log scrolls that way), and again after each key that shows a hidden panel.
 */
async function wordsThroughScrolling(
  rendered: Rendered,
  first: string,
  reveal: readonly string[],
): Promise<Set<string>> {
  const seen = words(first);
  const scrollAll = async (keysToTry: readonly string[]) => {
    for (const key of keysToTry) {
      let previous = rendered.lastFrame() ?? '';
      for (let press = 0; press < 60; press++) {
        rendered.stdin.write(key);
        // A key that moves nothing leaves the frame as it was: give it a moment before calling it the end.
        let frame = previous;
        for (let waited = 0; waited < 250 && frame === previous; waited += 20) {
          await pause(20);
          frame = rendered.lastFrame() ?? '';
        }
        for (const word of words(frame)) seen.add(word);
        if (frame === previous) break;
        previous = frame;
      }
    }
  };
  await scrollAll([keys.pageDown, keys.down, keys.pageUp]);
  // A key that shows a hidden panel is pressed once (a second press would hide it), then scrolled.
  for (const key of reveal) {
    rendered.stdin.write(key);
    for (const word of words(await settled(rendered, 300))) seen.add(word);
    await scrollAll([keys.pageDown, keys.pageUp]);
  }
  return seen;
}

const fakeSources = allScreenFakes;

async function open(screen: string, lang: Lang, columns: number, rows: number): Promise<Rendered> {
  const rendered = renderApp(screen, { lang, fakeSources });
  // A resize before the shell listens for it would be lost: wait for the first frame.
  await waitForFrame(rendered, /netlearn/);
  resize(rendered, columns, rows);
  // The first frame can come before the shell's effects: say it twice, a moment apart.
  await pause(100);
  resize(rendered, columns, rows);
  return rendered;
}

/** What one size shows, read as a person would: the first frame, then scrolling to the end. */
async function atSize(screen: string, lang: Lang, columns: number, rows: number) {
  const rendered = await open(screen, lang, columns, rows);
  let frame = await settled(rendered, 300);
  // The header spans the terminal: until it does, a resize was lost while the screen loaded.
  for (let retry = 0; !readerMode && retry < 3 && displayWidth(frame.split('\n')[0] ?? '') !== columns; retry++) {
    resize(rendered, columns, rows);
    frame = await settled(rendered, 300);
  }
  const shown = await wordsThroughScrolling(rendered, frame, revealKeys[screen] ?? []);
  rendered.unmount();
  return { columns, rows, frame, shown };
}

const screens = ['home', ...screenIds()];

/** Keys that show what a small terminal keeps behind a key (the "explanation on a key"). */
const revealKeys: Record<string, string[]> = { demo: ['e'] };

/** Words a screen leaves out on purpose when narrow, and why; anything else missing fails. */
const leftOutOnPurpose: Record<string, { words: string[]; why: string }> = {
  host: {
    words: ['internal', 'interna'],
    why: 'too narrow for the "internal" column: those rows are dimmed instead, and the note below says why',
  },
};

/** The screen in the tall terminal and at each size, side by side: each its own app, as in its own terminal. */
async function everySize(screen: string, lang: Lang) {
  const [big, ...views] = await Promise.all([whole, ...sizes].map(([c, r]) => atSize(screen, lang, c, r)));
  const everything = words(big!.frame);
  expect(everything.size).toBeGreaterThan(3);
  return { big: big!, views, everything };
}

/** Every word the tall terminal shows, this size shows too (scrolling allowed), bar those left out on purpose. */
function expectWhole(screen: string, everything: Set<string>, view: Awaited<ReturnType<typeof atSize>>) {
  const allowed = new Set(leftOutOnPurpose[screen]?.words);
  const missing = [...everything].filter((word) => !view.shown.has(word) && !allowed.has(word));
  const size = `${view.columns}x${view.rows}`;
  expect({ size, missing }, view.frame).toEqual({ size, missing: [] });
}

describe.each(screens)('the %s screen is whole at every size', (screen) => {
  test.each(['en', 'es'] as const)(
    '%s',
    async (lang) => {
      const { views, everything } = await everySize(screen, lang);
      for (const { columns, rows, frame, shown } of views) {
        const lines = frame.split('\n');
        // Nothing may spill past the width or the height.
        expect(lines.length, `${columns}x${rows}: rows\n${frame}`).toBeLessThanOrEqual(rows);
        const wide = lines.filter((line) => displayWidth(line) > columns);
        expect(wide, `${columns}x${rows}: rows wider than the terminal`).toEqual([]);
        expectWhole(screen, everything, { columns, rows, frame, shown });
      }
    },
    120_000,
  );
});

// The same walk with Ink's screen-reader output: linear text with no grid to fit, so what is checked
// is that a reader hears at every size all that the tall terminal says (pictures as sentences).
describe.each(screens)('a screen reader hears all of %s at every size', (screen) => {
  beforeAll(() => {
    readerMode = true;
    vi.stubEnv('INK_SCREEN_READER', 'true');
  });
  afterAll(() => {
    readerMode = false;
    vi.unstubAllEnvs();
  });
  test.each(['en', 'es'] as const)(
    '%s',
    async (lang) => {
      const { big, views, everything } = await everySize(screen, lang);
      // Linear text, not the 200-row grid a drawn frame fills.
      expect(big.frame.split('\n').length).toBeLessThan(whole[1] / 2);
      for (const view of views) expectWhole(screen, everything, view);
    },
    120_000,
  );
});

describe('prose keeps to a readable measure on a wide terminal', () => {
  test.each(['lesson', 'threads', 'families'])('%s at 140x45: no line of its body past column 101', async (screen) => {
    const { columns, frame } = await atSize(screen, 'en', 140, 45);
    const body = frame.split('\n').slice(1, -3);
    expect(body.some((row) => displayWidth(row.trimEnd()) > 60)).toBe(true);
    expect(body.filter((row) => displayWidth(row.trimEnd()) > 101)).toEqual([]);
    expect(displayWidth(frame.split('\n')[0]!)).toBe(columns);
  });
});
