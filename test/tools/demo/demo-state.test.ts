import { describe, expect, it } from 'vitest';
import { connectedEvent, listeningEvent, type DemoEvent } from '../../../src/core/demo-events.js';
import { demoReducer, initialDemoState, logLimit } from '../../../src/tools/demo/use-demo-state.js';

const at = (event: DemoEvent) => ({ time: '12:00:00', event });
const local = (port: number) => ({ address: '127.0.0.1', port });

describe('demo screen state', () => {
  it('a connection is open from accepted until closed, and says who closed it', () => {
    let state = demoReducer(initialDemoState, {
      type: 'events',
      batch: [
        at(listeningEvent({ address: '127.0.0.1', port: 5050, family: 'IPv4' })),
        at(connectedEvent(1, { ...local(40000), family: 'IPv4' }, { ...local(5050), family: 'IPv4' })),
        at({ event: 'accepted', client: 1, peer: { ...local(40000), family: 'IPv4' }, tuple: "('127.0.0.1', 40000)" }),
      ],
    });
    expect(state.open).toBe(1);
    expect(state.clients[0]).toMatchObject({
      id: 1,
      tuple: "('127.0.0.1', 40000)",
      local: local(40000),
      acceptedAt: '12:00:00',
    });
    expect(state.clients[0]).toMatchObject({ localTuple: "('127.0.0.1', 40000)", remoteTuple: "('127.0.0.1', 5050)" });
    state = demoReducer(state, { type: 'events', batch: [at({ event: 'closed', client: 1, by: 'server' })] });
    expect(state.open).toBe(0);
    expect(state.clients[0]!.closedBy).toBe('server');
  });

  it('the event log keeps only the newest 500 events', () => {
    const batch = Array.from({ length: 1200 }, (_, i) =>
      at({ event: 'message', client: 1, text: `m${i}`, bytes: 2, hex: '6d30' }),
    );
    const state = demoReducer(initialDemoState, { type: 'events', batch });
    expect(state.log).toHaveLength(logLimit);
    expect(state.log.at(-1)!.event).toMatchObject({ text: 'm1199' });
    expect(state.log[0]!.event).toMatchObject({ text: 'm700' });
  });

  it('an empty batch changes nothing (no render)', () => {
    expect(demoReducer(initialDemoState, { type: 'events', batch: [] })).toBe(initialDemoState);
  });
});
