import { cleanup } from 'ink-testing-library';
import { hostname } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { keys } from '../../helpers/keys.js';
import { press, renderApp, waitForFrame, type Rendered } from '../../helpers/render.js';

afterEach(cleanup);

describe('host screen', () => {
  it('shows the hostname, localhost and the loopback interface', async () => {
    const rendered = renderApp('host');
    const frame = await waitForFrame(rendered, '127.0.0.1/8');
    expect(frame).toContain(hostname());
    expect(frame).toMatch(/localhost +127\.0\.0\.1/);
    expect(frame).toMatch(/127\.0\.0\.1\/8 +127\.0\.0\.0 +internal/);
  });

  it('opens the selected IPv4 interface in the subnet screen', async () => {
    const rendered = renderApp('host');
    await waitForFrame(rendered, '127.0.0.1/8');
    await selectFamily(rendered, 'IPv4');
    const chosen = /^ › \S+ +IPv4 +(\S+)/m.exec(rendered.lastFrame() ?? '')![1]!;
    await press(rendered, keys.enter, 'Subnets');
    await waitForFrame(rendered, chosen);
  });

  it('offers Enter only on IPv4 lines; an IPv6 line explains why it does not open', async () => {
    const rendered = renderApp('host');
    const first = await waitForFrame(rendered, '127.0.0.1/8');
    if (/› \S+ +IPv4 /.test(first)) expect(first).toContain('Enter open in subnets');
    if (!(await selectFamily(rendered, 'IPv6'))) return; // no IPv6 on this machine
    const frame = await waitForFrame(rendered, 'The subnet tool works with IPv4');
    expect(frame).not.toContain('Enter open in subnets');
  });
});

/** The selected row's text. */
const selectedRow = (frame: string) => /^ › (.*)$/m.exec(frame)?.[1] ?? '';

/** Moves down, one row at a time, until a line of that family is selected; false when there is none. */
async function selectFamily(r: Rendered, family: string): Promise<boolean> {
  const seen = new Set<string>();
  for (;;) {
    const row = selectedRow(r.lastFrame() ?? '');
    if (new RegExp(`^\\S+ +${family} `).test(row)) return true;
    if (seen.has(row)) return false;
    seen.add(row);
    await press(r, keys.down, (frame) => selectedRow(frame) !== row);
  }
}
