import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, test } from 'vitest';
import type { Lang } from '../../src/core/language.js';
import { screenIds } from '../../src/tools/index.js';
import { f1Byte } from '../../src/ui/input-filter.js';
import { allScreenFakes } from '../helpers/screen-fakes.js';
import { keys } from '../helpers/keys.js';
import { renderApp, resize, waitForFrame } from '../helpers/render.js';
import { settled } from '../helpers/settled.js';

afterEach(cleanup);

/** The footer's entries as written: the rows under the last blank row, split two spaces apart. */
function footerEntries(frame: string): string[] {
  const rows = frame.split('\n');
  const firstFooter = rows.findLastIndex((row) => row.trim() === '');
  return rows
    .slice(firstFooter + 1)
    .flatMap((row) => row.trim().split(/ {2,}/))
    .filter(Boolean);
}

/** The key list's rows with their runs of spaces closed up, so `↑↓        move` reads `↑↓ move`. */
const squeezed = (frame: string) => frame.split('\n').map((row) => row.trim().replace(/ {2,}/g, ' '));

const openScreen = async (screen: string, lang: Lang) => {
  const rendered = renderApp(screen, { lang, fakeSources: allScreenFakes });
  await waitForFrame(rendered, /netlearn/);
  resize(rendered, 140, 60);
  return { rendered, before: await settled(rendered, 300) };
};

describe.each(['home', ...screenIds()])('the key list of %s', (screen) => {
  test.each(['en', 'es'] as const)(
    '%s: lists every key its footer offers, and Esc gives the screen back',
    async (lang) => {
      const { rendered, before } = await openScreen(screen, lang);
      const footer = footerEntries(before);
      // `?`, or F1 (reaching Ink as Ctrl+G) where a text field takes `?` as a letter.
      const opener = footer.find((entry) => /^(\?|F1) /.test(entry));
      expect(opener, footer.join(' | ')).toBeDefined();
      rendered.stdin.write(opener!.startsWith('?') ? '?' : f1Byte);
      const title = lang === 'en' ? 'Every key, from the same table as the footer' : 'Todas las teclas';
      const list = await waitForFrame(rendered, title);
      const rows = squeezed(list);
      // Each entry of the screen's footer (keys, then what they do) is a row of the list.
      for (const entry of footer) expect(rows, `${entry}\n${list}`).toContain(entry);
      // Keys the footer leaves out are listed too (the theme key), where they act: not in a text field.
      expect(
        rows.some((row) => row.startsWith('T ')),
        list,
      ).toBe(opener!.startsWith('?'));
      rendered.stdin.write(keys.escape);
      const back = await settled(rendered, 300);
      expect(back).not.toContain(title);
      expect(footerEntries(back)).toEqual(footer);
      rendered.unmount();
    },
  );
});
