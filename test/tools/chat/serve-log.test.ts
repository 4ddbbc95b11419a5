import { describe, expect, it } from 'vitest';
import { foldServeEvents } from '../../../src/tools/chat/use-serve-log.js';

const peer = { address: '127.0.0.1', port: 40000, family: 'IPv4' as const };

describe('serve screen state', () => {
  it('tracks who is connected through joins, renames and leaves', () => {
    let view = foldServeEvents({ members: new Map(), events: [] }, [
      { event: 'accepted', nick: 'guest1', peer, tuple: "('127.0.0.1', 40000)" },
      { event: 'accepted', nick: 'guest2', peer: { ...peer, port: 40002 }, tuple: "('127.0.0.1', 40002)" },
      { event: 'nick', from: 'guest1', to: 'ana' },
    ]);
    expect([...view.members]).toEqual([
      ['guest2', "('127.0.0.1', 40002)"],
      ['ana', "('127.0.0.1', 40000)"],
    ]);
    view = foldServeEvents(view, [{ event: 'closed', nick: 'ana', tuple: "('127.0.0.1', 40000)", reason: 'quit' }]);
    expect([...view.members.keys()]).toEqual(['guest2']);
    expect(view.events).toHaveLength(4);
  });

  it('keeps only the last 500 events', () => {
    const batch = Array.from({ length: 800 }, (_, i) => ({
      event: 'message' as const,
      nick: 'a',
      text: String(i),
      bytes: 1,
    }));
    const view = foldServeEvents({ members: new Map(), events: [] }, batch);
    expect(view.events).toHaveLength(500);
    expect(view.events[0]).toMatchObject({ text: '300' });
  });
});
