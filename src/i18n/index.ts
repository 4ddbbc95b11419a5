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

/** The sentence for a core input error, in the dictionary's language. */
export function describeInputError(error: InputError, t: Dictionary): string {
  // Whatever the learner typed is quoted back made visible, in every message (escape codes shown).
  const details = Object.fromEntries(
    Object.entries(error.details).map(([key, value]) => [key, typeof value === 'string' ? visible(value) : value]),
  );
  return t.inputErrors[error.code](details);
}
