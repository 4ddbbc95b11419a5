import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { keys } from '../../helpers/keys.js';
import { press, renderApp, waitForFrame } from '../../helpers/render.js';

afterEach(cleanup);

describe('the subnet screen: supernet and take-out keys', () => {
  it('s steps to the network one bit shorter that holds this one, written as its network', async () => {
    const app = renderApp('subnet', { payload: { example: '192.168.1.10/24' } });
    await waitForFrame(app, 'Enter/↓ explore');
    await press(app, keys.enter, 's supernet');
    await press(app, 's', '192.168.0.0 is the network address of 192.168.0.0/23');
    await press(app, 's', 'Hosts 192.168.0.1 - 192.168.3.254 (1022 of 1024 addresses)');
  });

  it('works on an IPv6 network too', async () => {
    const app = renderApp('subnet', { payload: { example: '2001:db8:1::/48' } });
    await waitForFrame(app, 'Enter/↓ explore');
    await press(app, keys.enter, 's supernet');
    await press(app, 's', '2001:db8::/47');
  });

  it('x takes the subnet at the top of the list out of the network and lists what is left', async () => {
    const app = renderApp('subnet', { payload: { example: '192.168.0.0/24' } });
    await waitForFrame(app, 'Enter/↓ explore');
    await press(app, keys.enter, 'x take out');
    const frame = await press(app, 'x', '192.168.0.0/24 without 192.168.0.0/26: 2 blocks, largest first');
    expect(frame).toContain('192.168.0.128/25   192.168.0.128 - 192.168.0.255');
    expect(frame).toContain('192.168.0.64/26    192.168.0.64 - 192.168.0.127');
    await press(app, 'x', 'Split into /26: 4 subnets, showing 1-4');
  });
});
