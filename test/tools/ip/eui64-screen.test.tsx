import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { splitAtUlBit } from '../../../src/tools/ip/ul-bit.js';
import { renderApp, waitForFrame } from '../../helpers/render.js';

afterEach(cleanup);

describe('the IP screen with an EUI-64 address', () => {
  it('shows the MAC inside and its first byte before and after the U/L bit is flipped back', async () => {
    const app = renderApp('ip', { payload: { example: 'fe80::223:aeff:fea4:8ca9' } });
    const frame = await waitForFrame(app, 'MAC (EUI-64)');
    expect(frame).toContain('MAC (EUI-64) 00:23:ae:a4:8c:a9  00000010 → 00000000 U/L bit flipped');
  });

  it('an address without ff:fe in its interface id shows no MAC', async () => {
    const app = renderApp('ip', { payload: { example: '2001:db8::1' } });
    const frame = await waitForFrame(app, 'documentation');
    expect(frame).not.toContain('MAC (EUI-64)');
  });

  it('picks out the U/L bit, worth 2, as the one the highlight colour marks', () => {
    expect(splitAtUlBit(0x02)).toEqual({ before: '000000', bit: '1', after: '0' });
    expect(splitAtUlBit(0xfd)).toEqual({ before: '111111', bit: '0', after: '1' });
  });
});
