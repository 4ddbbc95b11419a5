import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { keys } from '../../helpers/keys.js';
import { press, renderApp, waitForFrame } from '../../helpers/render.js';

afterEach(cleanup);

describe('the subnet screen with IPv6', () => {
  it('cuts the full form at a /48 and lists the split', async () => {
    const app = renderApp('subnet', { payload: { example: '2001:db8:abcd::/48' } });
    const frame = await waitForFrame(app, '2001:0db8:abcd | 0000:0000:0000:0000:0000');
    expect(frame).toContain('last    2001:db8:abcd:ffff:ffff:ffff:ffff:ffff');
    expect(frame).toContain('2^80 addresses, no broadcast');
    expect(frame).toContain('Split into /50: 4 subnets, showing 1-4');
    expect(frame).toContain('2001:db8:abcd:c000::/50');
  });

  it('moves the boundary inside a group and shows that group cut at the bit', async () => {
    const app = renderApp('subnet', { payload: { example: '2001:db8::/32' } });
    await waitForFrame(app, 'Enter/↓ explore');
    await press(app, keys.down, '←→ boundary');
    const frame = await press(app, keys.right, '0000 = 0|000000000000000');
    expect(frame).toContain('network 2001:db8::/33');
    expect(frame).toContain('last    2001:db8:7fff:ffff:ffff:ffff:ffff:ffff');
  });

  it('scrolls a split of 2^64 rows without building it', async () => {
    const app = renderApp('subnet', { payload: { example: '2001:db8::/64' } });
    await waitForFrame(app, 'Enter/↓ explore');
    await press(app, keys.down, '←→ boundary');
    for (let i = 0; i < 62; i++) await press(app, '+', () => true);
    const frame = await press(app, keys.end, (f) => f.includes('18446744073709551616'));
    expect(frame).toContain('Split into /128');
  });

  it('names a prefix over 128 inline', async () => {
    const app = renderApp('subnet', { payload: { example: '2001:db8::/129' } });
    await waitForFrame(app, 'The prefix 129 is over 128');
  });
});
