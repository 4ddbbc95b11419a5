import type { Lang } from '../core/language.js';
import en from './en/index.js';
import es from './es/index.js';
import type { Dictionary } from './index.js';

/** Both languages at hand, for the TUI, where Tab switches between them at any moment. */
const dictionaries: Record<Lang, Dictionary> = { en, es };

export function dictionary(lang: Lang): Dictionary {
  return dictionaries[lang];
}
