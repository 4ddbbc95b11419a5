import { cleanup } from 'ink-testing-library';
import { hostname } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import type { HostSources } from '../../../src/tools/host/sources.js';
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

  it('opens an IPv6 line in the subnet screen too', async () => {
    const machine: HostSources = {
      hostFacts: async () => ({
        hostname: 'lab',
        localhost: ['127.0.0.1'],
        interfaces: [
          { name: 'eth0', family: 'IPv6', address: '2001:db8::7', netmask: 'ffff:ffff:ffff:ffff::', internal: false },
        ],
      }),
      hostsFile: async () => ({ path: '/etc/hosts', readable: true, localhost: [] }),
    };
    const rendered = renderApp('host', { fakeSources: { host: machine } });
    const frame = await waitForFrame(rendered, '2001:db8::7/64');
    expect(frame).toContain('Enter open in subnets');
    expect(frame).not.toContain('works with IPv4');
    await press(rendered, keys.enter, 'Subnets');
    await waitForFrame(rendered, '2001:db8::/64');
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
