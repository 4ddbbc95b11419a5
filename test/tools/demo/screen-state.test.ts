import { describe, expect, it } from 'vitest';
import { demoScreenReducer, initialDemoScreenState } from '../../../src/tools/demo/use-demo-screen-state.js';

describe("the demo screen's own state", () => {
  it('opening the message field clears the notice and the draft; sending closes it', () => {
    const noticed = demoScreenReducer(
      { ...initialDemoScreenState, draft: 'old' },
      { type: 'notice', notice: { kind: 'addClientFirst' } },
    );
    const typing = demoScreenReducer(noticed, { type: 'type' });
    expect(typing).toMatchObject({ typing: true, draft: '', notice: undefined });
    const sent = demoScreenReducer(demoScreenReducer(typing, { type: 'draft', draft: 'hi' }), { type: 'sent' });
    expect(sent).toMatchObject({ typing: false, draft: '' });
  });

  it('the log scrolls up no further than its oldest entry, and down no further than the newest', () => {
    let state = initialDemoScreenState;
    for (let i = 0; i < 5; i++) state = demoScreenReducer(state, { type: 'scrollLog', by: 5, max: 12 });
    expect(state.scroll).toBe(12);
    for (let i = 0; i < 5; i++) state = demoScreenReducer(state, { type: 'scrollLog', by: -5, max: 12 });
    expect(state.scroll).toBe(0);
  });

  it('the explanation scrolls down freely, never above its top, and a new event sends it back there', () => {
    let state = demoScreenReducer(initialDemoScreenState, { type: 'scrollPanel', by: -3 });
    expect(state.panelOffset).toBe(0);
    state = demoScreenReducer(demoScreenReducer(state, { type: 'scrollPanel', by: 3 }), { type: 'scrollPanel', by: 3 });
    expect(state.panelOffset).toBe(6);
    expect(demoScreenReducer(state, { type: 'panelTop' }).panelOffset).toBe(0);
  });
});
