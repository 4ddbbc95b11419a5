import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DemoEvent } from '../../../src/core/demo-events.js';
import { diagramClients, moments } from '../../../src/tools/demo/use-diagram-clients.js';
import { demoReducer, initialDemoState } from '../../../src/tools/demo/use-demo-state.js';

const tuple = (port: number) => `('127.0.0.1', ${port})`;
const events: DemoEvent[] = [
  { event: 'accepted', client: 1, peer: { address: '127.0.0.1', port: 50001, family: 'IPv4' }, tuple: tuple(50001) },
  { event: 'message', client: 1, text: 'hola', bytes: 4, hex: '686f6c61' },
  { event: 'accepted', client: 2, peer: { address: '127.0.0.1', port: 50002, family: 'IPv4' }, tuple: tuple(50002) },
  { event: 'closed', client: 2, by: 'client' },
];
const state = demoReducer(initialDemoState, {
  type: 'events',
  batch: events.map((event) => ({ time: '12:00:00', event })),
});
/** Every event seen at time 0. */
const seenAt = new Map(state.log.map((entry) => [entry.seq, 0]));

describe('what the diagram draws at a moment', () => {
  it('right after the events: new wires lit, the bytes on their wire, the closed one fading', () => {
    const [one, two] = diagramClients(state, seenAt, 100);
    expect(one).toMatchObject({ id: 1, serverTuple: tuple(50001), fresh: true, inFlight: { text: 'hola', bytes: 4 } });
    expect(two).toMatchObject({ id: 2, fresh: true, closed: { by: 'client', reset: false } });
  });

  it('moments later the highlights are gone, and a closed wire disappears once it has faded', () => {
    const later = diagramClients(state, seenAt, moments.fresh + 1);
    expect(later[0]).toMatchObject({ fresh: false, inFlight: undefined });
    expect(later[1]?.closed).toBeDefined();
    expect(diagramClients(state, seenAt, moments.closing + 1).map((client) => client.id)).toEqual([1]);
  });
});

describe('many clients at once', () => {
  it("each wire carries its own client's latest message, however the events interleave", () => {
    const said = fc.array(fc.record({ client: fc.integer({ min: 1, max: 12 }), text: fc.string({ maxLength: 5 }) }), {
      maxLength: 60,
    });
    fc.assert(
      fc.property(said, (lines) => {
        const accepts: DemoEvent[] = Array.from({ length: 12 }, (_, i) => ({
          event: 'accepted',
          client: i + 1,
          peer: { address: '127.0.0.1', port: 50001 + i, family: 'IPv4' },
          tuple: tuple(50001 + i),
        }));
        const messages: DemoEvent[] = lines.map(({ client, text }) => ({
          event: 'message',
          client,
          text,
          bytes: text.length,
          hex: '',
        }));
        const many = demoReducer(initialDemoState, {
          type: 'events',
          batch: [...accepts, ...messages].map((event) => ({ time: '12:00:00', event })),
        });
        const drawn = diagramClients(many, new Map(many.log.map((entry) => [entry.seq, 0])), 100);
        expect(drawn.map((client) => client.id)).toEqual(accepts.map((_, i) => i + 1));
        for (const client of drawn)
          expect(client.inFlight?.text).toBe(lines.findLast((line) => line.client === client.id)?.text);
      }),
    );
  });
});
