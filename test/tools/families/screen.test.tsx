import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { press, renderApp, resize, strayIndentRows, waitForFrame } from '../../helpers/render.js';

afterEach(cleanup);

describe('families screen', () => {
  it("runs the three listeners on open and shows Python's tuples", async () => {
    const rendered = renderApp('families');
    const frame = await waitForFrame(rendered, 'AF_UNIX');
    expect(frame).toMatch(/Python accept\(\) -> +\('127\.0\.0\.1', \d+\)/);
    expect(frame).toMatch(/AF_INET6/);
    expect(frame).toMatch(/\('::1', \d+, 0, 0\)|skipped/);
    expect(frame).toContain("''");
  });

  it('runs again with r and gets a new client port', async () => {
    const rendered = renderApp('families');
    const first = await waitForFrame(rendered, 'AF_UNIX');
    const port = /accept\(\) -> +\('127\.0\.0\.1', (\d+)\)/.exec(first)![1];
    await press(rendered, 'r', (frame) => {
      const next = /accept\(\) -> +\('127\.0\.0\.1', (\d+)\)/.exec(frame)?.[1];
      return next !== undefined && next !== port;
    });
  });

  it('no wrapped row starts with a stray space, in the note or the value column, at 56 to 72 columns', async () => {
    const rendered = renderApp('families');
    await waitForFrame(rendered, 'AF_UNIX');
    for (let columns = 56; columns <= 72; columns++) {
      resize(rendered, columns, 60);
      const frame = await waitForFrame(rendered, (shown) => shown.split('\n')[0]!.length === columns);
      expect(strayIndentRows(frame)).toEqual([]);
      const rows = frame.split('\n');
      const valueColumn = /^ +listening on +/.exec(rows.find((row) => row.includes('listening on'))!)![0].length;
      const continued = rows.filter((row) => /^ {6,}\S/.test(row));
      expect(continued.filter((row) => /^ */.exec(row)![0].length !== valueColumn)).toEqual([]);
    }
  });
});
