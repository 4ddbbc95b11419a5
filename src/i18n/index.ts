import { visible } from './visible-text.js';
import type { InputError } from '../core/input-error.js';
import type { Lang } from '../core/language.js';
import type en from './en/index.js';

export type Dictionary = typeof en;

/**
 * One language's dictionary, loaded on demand: a plain command parses only the language it speaks,
 * and `--version` none. The TUI, which switches language live, uses ./dictionaries.ts instead.
 */
export async function loadDictionary(lang: Lang): Promise<Dictionary> {
  const module = lang === 'es' ? await import('./es/index.js') : await import('./en/index.js');
  return module.default;
}

/** Input past this many characters is quoted by its start, an ellipsis and its length. */
const quoteLimit = 120;
const quotedStart = 60;

/** What the learner typed, quoted back in a message: made visible, and cut short when it is huge. */
export function quoted(text: string, t: Dictionary): string {
  if (text.length <= quoteLimit) return visible(text);
  const chars = [...text];
  if (chars.length <= quoteLimit) return visible(text);
  return visible(chars.slice(0, quotedStart).join('')) + t.cli.cut({ length: chars.length });
}

/** The sentence for a core input error, in the dictionary's language. */
export function describeInputError(error: InputError, t: Dictionary): string {
  // Whatever the learner typed is quoted back made visible, in every message (escape codes shown).
  const details = Object.fromEntries(
    Object.entries(error.details).map(([key, value]) => [key, typeof value === 'string' ? quoted(value, t) : value]),
  );
  return t.inputErrors[error.code](details);
}
