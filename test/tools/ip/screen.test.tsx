import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { keys } from '../../helpers/keys.js';
import { press, renderApp, waitForFrame } from '../../helpers/render.js';

afterEach(cleanup);

describe('the IP converter screen', () => {
  it('starts with the lesson example and shows its octets under the place values', async () => {
    const app = renderApp('ip', { payload: { example: '192.168.1.10' } });
    const frame = await waitForFrame(app, '11000000.10101000.00000001.00001010');
    expect(frame).toContain('      128  64  32  16   8   4   2   1');
    expect(frame).toContain('  192   1   1   0   0   0   0   0   0');
    expect(frame).toContain('0xC0A8010A');
    expect(frame).toContain('3232235786');
    expect(frame).toContain('private');
  });

  it('every field follows as you type', async () => {
    const app = renderApp('ip', { payload: { example: '10.0.0.' } });
    await waitForFrame(app, 'Octet 4 of the address is empty');
    await press(app, '7', '00001010.00000000.00000000.00000111');
    expect(app.lastFrame()).toContain('0x0A000007');
    expect(app.lastFrame()).toContain('167772167');
  });

  it('shows what is wrong inline instead of crashing', async () => {
    const app = renderApp('ip', { payload: { example: '10.0.0.25' } });
    await waitForFrame(app, '0x0A000019');
    const frame = await press(app, '6', 'Octet 4 of the address, 256, is over 255');
    expect(frame).not.toContain('0x0A');
    // No bits to flip while the address is invalid: the footer does not offer them.
    expect(frame).not.toContain('Enter/↓ bits');
    await press(app, keys.backspace, 'Enter/↓ bits');
  });

  it('says the error in Spanish', async () => {
    const app = renderApp('ip', { lang: 'es', payload: { example: '010.0.0.1' } });
    await waitForFrame(app, 'empieza con 0');
  });

  it('flips a bit in the bit view and shows the decimal change', async () => {
    const app = renderApp('ip', { payload: { example: '192.168.1.10' } });
    await waitForFrame(app, 'Enter/↓ bits');
    await press(app, keys.enter, 'Space flip bit');
    await press(app, keys.right, (frame) => frame.includes('←→ move'));
    const frame = await press(app, keys.space, 'The bit worth 64 in octet 1 is now 0: 192 → 128');
    expect(frame).toContain('128.168.1.10');
    expect(frame).toContain('10000000.10101000.00000001.00001010');
  });

  it('goes back to typing with ↑, keeping the flipped address', async () => {
    const app = renderApp('ip', { payload: { example: '0.0.0.0' } });
    await waitForFrame(app, 'Enter/↓ bits');
    await press(app, keys.down, 'Space flip bit');
    await press(app, keys.space, '128.0.0.0');
    await press(app, keys.up, 'Enter/↓ bits');
    const frame = await press(app, keys.backspace, 'Octet 4 of the address is empty');
    expect(frame).not.toContain('Space flip bit');
  });
});
