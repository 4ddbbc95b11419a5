import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { keys } from '../../helpers/keys.js';
import { press, renderApp, waitForFrame } from '../../helpers/render.js';

afterEach(cleanup);

describe('the IP converter screen with IPv6', () => {
  it('shows the eight groups in hex over their bits, the full form and the kind', async () => {
    const app = renderApp('ip', { payload: { example: '2001:DB8::1' } });
    const frame = await waitForFrame(app, '2001:0db8:0000:0000:0000:0000:0000:0001');
    expect(frame).toContain(' 1 2001  0010 0000 0000 0001');
    expect(frame).toContain(' 2 0db8  0000 1101 1011 1000');
    expect(frame).toContain(' 8 0001  0000 0000 0000 0001');
    expect(frame).toContain('2001:db8::1');
    expect(frame).toContain('documentation');
  });

  it('flips a bit and says which group and hex digit changed', async () => {
    const app = renderApp('ip', { payload: { example: '2001:db8::1' } });
    await waitForFrame(app, 'Enter/↓ bits');
    await press(app, keys.enter, 'Space flip bit');
    // Bit 32 is the last bit of group 2 (0db8 → 0db9).
    for (let i = 0; i < 31; i++) await press(app, keys.right, () => true);
    const frame = await press(app, keys.space, 'Bit 32 is now 1: group 2, hex digit 4, 8 → 9 (0db8 → 0db9)');
    expect(frame).toContain('2001:db9::1');
  });

  it('moves over all 128 bits: left from the first bit lands on the last', async () => {
    const app = renderApp('ip', { payload: { example: '::' } });
    await waitForFrame(app, 'Enter/↓ bits');
    await press(app, keys.enter, 'Space flip bit');
    await press(app, keys.left, () => true);
    const frame = await press(app, keys.space, 'Bit 128 is now 1: group 8, hex digit 4, 0 → 1 (0000 → 0001)');
    expect(frame).toContain('loopback');
  });

  it('names a bad group in Spanish', async () => {
    const app = renderApp('ip', { lang: 'es', payload: { example: '2001:db8::12345' } });
    await waitForFrame(app, 'El grupo 3, "12345"');
  });
});
