import type { Lang } from '../../core/language.js';
import type { ChatConnection } from '../../net/chat-client.js';
import { chatWires } from './chat-wires.js';

/** How a netlearn chat's welcome starts in each language (the part before the client's tuple). */
const welcomeStarts = Object.entries(chatWires).map(
  ([lang, wire]) => [lang as Lang, wire.welcome({ tuple: '\u0000', nick: '', count: 0 }).split('\u0000')[0]!] as const,
);

/** The language a netlearn chat server greeted in, or undefined for any other server. */
export function welcomeLanguage(line: string): Lang | undefined {
  return welcomeStarts.find(([, start]) => line.startsWith(start))?.[0];
}

/**
 * Tells a netlearn chat server which language to speak: when its welcome comes in another
 * language, that welcome is held back and `/lang` asked for, and the server greets again in ours.
 * Any other server (a learner's, nc) is sent nothing.
 */
export function speakMyLanguage(connection: ChatConnection, lang: Lang): void {
  connection.onFirstLine((line) => {
    const theirs = welcomeLanguage(line);
    if (theirs === undefined || theirs === lang) return false;
    connection.send(`/lang ${lang}`);
    return true;
  });
}
