import { useEffect, useState } from 'react';
import type { ChatEvent } from '../../net/chat-server.js';
import type { ServerHandoff } from './handoff.js';

/** Who is connected (nick -> tuple) and the last events, as the serve screen shows them. */
export interface ServeView {
  members: Map<string, string>;
  events: ChatEvent[];
}

const keptEvents = 500;

export function foldServeEvents(view: ServeView, batch: readonly ChatEvent[]): ServeView {
  if (batch.length === 0) return view;
  const members = new Map(view.members);
  for (const event of batch) {
    if (event.event === 'accepted') members.set(event.nick, event.tuple);
    else if (event.event === 'nick') {
      const tuple = members.get(event.from);
      members.delete(event.from);
      if (tuple !== undefined) members.set(event.to, tuple);
    } else if (event.event === 'closed') members.delete(event.nick);
  }
  return { members, events: [...view.events, ...batch].slice(-keptEvents) };
}

/** Follows the handed-over server's events, folded at most 30 times a second. */
export default function useServeLog(handoff: ServerHandoff): ServeView {
  const [view, setView] = useState<ServeView>(() => foldServeEvents({ members: new Map(), events: [] }, handoff.early));
  useEffect(() => {
    handoff.release();
    let buffer: ChatEvent[] = [];
    const collect = (event: ChatEvent) => buffer.push(event);
    handoff.server.on('event', collect);
    const timer = setInterval(() => {
      if (buffer.length === 0) return;
      const batch = buffer;
      buffer = [];
      setView((old) => foldServeEvents(old, batch));
    }, 33);
    return () => {
      clearInterval(timer);
      handoff.server.off('event', collect);
    };
  }, [handoff]);
  return view;
}
