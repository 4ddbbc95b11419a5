import type { Lang } from '../../core/language.js';
import en from '../../i18n/en/chat.js';
import es from '../../i18n/es/chat.js';
import type { ChatWire } from '../../net/chat-member.js';

/** The server's lines in every language a client may ask for with /lang: the words net's server is handed. */
export const chatWires: Readonly<Record<Lang, ChatWire>> = { en: en.wire, es: es.wire };
