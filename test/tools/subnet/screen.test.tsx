import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { keys } from '../../helpers/keys.js';
import { press, renderApp, waitForFrame } from '../../helpers/render.js';

afterEach(cleanup);

describe('the subnet screen', () => {
  it('shows the network and host bits, the ranges and the sentence for its example', async () => {
    const app = renderApp('subnet', { payload: { example: '192.168.1.10/24' } });
    const frame = await waitForFrame(app, '192.168.1.10 is host 10 of network 192.168.1.0/24.');
    expect(frame).toContain('11000000.10101000.00000001|00001010');
    expect(frame).toContain('network 192.168.1.0  broadcast 192.168.1.255');
    expect(frame).toContain('Hosts 192.168.1.1 - 192.168.1.254 (254 of 256 addresses)');
    expect(frame).toContain('Split into /26: 4 subnets, showing 1-4');
    expect(frame).toContain('192.168.1.192/26');
  });

  it('follows typing, and shows an error inline for a prefix over 32', async () => {
    const app = renderApp('subnet', { payload: { example: '10.0.0.1/3' } });
    await waitForFrame(app, '10.0.0.1 is host');
    await press(app, '0', '10.0.0.1 is host 1 of network 10.0.0.0/30.');
    await press(app, '0', 'The prefix 300 is over 32');
  });

  it('moves the boundary with the arrows and the mask and host count follow', async () => {
    const app = renderApp('subnet', { payload: { example: '192.168.1.10/24' } });
    await waitForFrame(app, 'Enter/↓ explore');
    await press(app, keys.enter, '←→ boundary');
    const frame = await press(app, keys.right, '11000000.10101000.00000001.0|0001010');
    expect(frame).toContain('255.255.255.128');
    expect(frame).toContain('(126 of 128 addresses)');
    await press(app, keys.left, '(254 of 256 addresses)');
    await press(app, keys.left, '(510 of 512 addresses)');
  });

  it('a /31 shows two hosts, both addresses', async () => {
    const app = renderApp('subnet', { payload: { example: '10.0.0.1/31' } });
    const frame = await waitForFrame(app, 'Hosts 10.0.0.0 - 10.0.0.1 (2 of 2 addresses)');
    expect(frame).toContain('listed as network and broadcast only for reference');
  });

  it('shows the dotted mask once', async () => {
    const frame = await waitForFrame(
      renderApp('subnet', { payload: { example: '192.168.1.10/24' } }),
      'wildcard 0.0.0.255',
    );
    expect(frame.match(/255\.255\.255\.0/g)).toHaveLength(1);
  });

  it('scrolls a million-row split by pages and jumps to its end without building it', async () => {
    const app = renderApp('subnet', { payload: { example: '10.0.0.0/8' } });
    await waitForFrame(app, 'Enter/↓ explore');
    await press(app, keys.down, '←→ boundary');
    for (let i = 0; i < 18; i++) await press(app, '+', `Split into /${11 + i}`);
    await waitForFrame(app, 'Split into /28: 1048576 subnets');
    const before = app.lastFrame()!;
    expect(before).toContain('10.0.0.0/28');
    await press(app, keys.pageDown, (frame) => !frame.includes(' 10.0.0.0/28 '));
    await press(app, keys.end, '1048576 10.255.255.240/28');
  });

  it('speaks Spanish', async () => {
    const app = renderApp('subnet', { lang: 'es', payload: { example: '192.168.1.10/24' } });
    await waitForFrame(app, '192.168.1.10 es el host 10 de la red 192.168.1.0/24.');
  });
});
