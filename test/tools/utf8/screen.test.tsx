import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { press, renderApp, resize, waitForFrame } from '../../helpers/render.js';

afterEach(cleanup);

describe('UTF-8 screen', () => {
  it("inspects the lesson's example", async () => {
    const rendered = renderApp('utf8', { payload: { example: '¡Hola, señor! ñ é €' } });
    const frame = await waitForFrame(rendered, '19 characters, 19 code points, 25 bytes');
    expect(frame.replaceAll('\u00A0', ' ')).toContain('c2 a1 48 6f');
    expect(frame).toContain('Â¡Hola, seÃ±or!');
    expect(frame).toContain('¬°Hola, se√±or!');
    expect(frame).toContain("can't decode byte 0xc2 in position 0");
    expect(frame).toMatch(/¡ +U\+00A1 +c2 a1 +110\|00010 10\|100001/);
  });

  it('updates as you type', async () => {
    const rendered = renderApp('utf8');
    await waitForFrame(rendered, '0 characters');
    await press(rendered, 'é', '1 character, 1 code point, 2 bytes');
    const frame = await press(rendered, '€', '2 characters, 2 code points, 5 bytes');
    expect(frame).toContain('Ã©â');
    expect(frame).toMatch(/€ +U\+20AC +e2 82 ac/);
  });

  it('shows the rest of a long text when scrolling down', async () => {
    const rendered = renderApp('utf8', { payload: { example: 'abcdefghijklmnopqrstuvwxyz' } });
    await waitForFrame(rendered, /… \d+ more/);
    await press(rendered, '\u001B[B', (frame) => !/^ a +U\+0061/m.test(frame) && /^ b +U\+0062/m.test(frame));
  });

  it('goes back to the top of the list when the text changes, so what was typed is in view', async () => {
    const rendered = renderApp('utf8', { payload: { example: 'abcdefghijklmnopqrstuvwxyz' } });
    await waitForFrame(rendered, /… \d+ more/);
    for (let n = 0; n < 3; n++) await press(rendered, '\u001B[B', (frame) => !/^ a +U\+0061/m.test(frame));
    const frame = await press(rendered, 'ñ', '27 characters');
    expect(frame).toMatch(/^ a +U\+0061/m);
  });

  it('shows every code point row of an emoji made of two, or says how many more rows there are', async () => {
    // ❤️ is two code points (U+2764, U+FE0F): ten rows for nine characters.
    for (let rows = 16; rows <= 26; rows++) {
      const rendered = renderApp('utf8', { payload: { example: 'ñandú ❤️ 😀' } });
      await waitForFrame(rendered, '9 characters');
      resize(rendered, 100, rows);
      const frame = await waitForFrame(rendered, (shown) => shown.split('\n').length <= rows);
      const codePointRows = frame.match(/U\+[0-9A-F]{4,} +[0-9a-f]{2} /g)?.length ?? 0;
      if (codePointRows < 10) expect(frame, `${rows} rows`).toContain(`… ${10 - codePointRows} more`);
      rendered.unmount();
    }
  });

  it('scrolls down to the last code point row when the list is cut', async () => {
    const rendered = renderApp('utf8', { payload: { example: 'ñandú ❤️ 😀' } });
    await waitForFrame(rendered, '9 characters');
    resize(rendered, 100, 18);
    await waitForFrame(rendered, /… \d+ more/);
    // Each ↓ moves the list a row until the last one, U+1F600, is in view.
    let frame = rendered.lastFrame() ?? '';
    for (let n = 0; n < 10 && !frame.includes('U+1F600'); n++) {
      const before = frame;
      frame = await press(rendered, '\u001B[B', (shown) => shown !== before);
    }
    expect(frame).toContain('U+1F600');
  });
});
