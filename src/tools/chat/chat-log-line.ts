import { hostPort } from '../../core/address-tuple.js';
import type { ChatEvent } from '../../net/chat-server.js';
import type { ServeWords } from './serve-words.en.js';

/** One line of the server's log, in the learner's language. */
export function chatLogLine(event: ChatEvent, words: ServeWords, max: number): string {
  const log = words.log;
  switch (event.event) {
    case 'listening':
      return log.listening({
        where: hostPort({
          address: event.address,
          port: event.port,
          family: event.family === 'IPv6' ? 'IPv6' : 'IPv4',
        }),
        family: event.family,
      });
    case 'accepted':
      return log.accepted({ nick: event.nick, tuple: event.tuple });
    case 'refused':
      return event.reason === 'per-address'
        ? log.refusedPerAddress({ tuple: event.tuple, perAddress: event.limit })
        : log.refused({ tuple: event.tuple, max });
    case 'message':
      return log.message(event);
    case 'nick':
      return log.renamed(event);
    case 'truncated':
      return log.truncated(event);
    case 'closed':
      return log.closed(event);
    case 'stopping':
      return log.stopping({ count: event.clients });
    case 'stopped':
      return log.stopped;
  }
}
