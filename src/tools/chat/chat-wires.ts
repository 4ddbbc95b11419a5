import en from '../../i18n/en/chat.js';
import es from '../../i18n/es/chat.js';

/** The server's lines in every language a client may ask for with /lang. */
export const chatWires = { en: en.wire, es: es.wire } as const;
