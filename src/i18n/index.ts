import type { InputError, InputErrorDetails } from '../core/input-error.js';
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

type InputErrorMessages = Record<string, (details: InputErrorDetails) => string>;

/**
 * The sentence for a core input error. Each area of the dictionary keeps the messages for the codes
 * its part of the core throws, under `inputErrors`.
 */
export function describeInputError(error: InputError, t: Dictionary): string {
  for (const area of Object.values(t) as { inputErrors?: InputErrorMessages }[]) {
    const message = area.inputErrors?.[error.code];
    if (message) return message(error.details);
  }
  return `${error.code}${error.details.part === undefined ? '' : `: "${error.details.part}"`}`;
}
