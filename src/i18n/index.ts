import type { InputError, InputErrorDetails } from '../core/input-error.js';
import type { Lang } from '../core/language.js';
import en from './en/index.js';
import es from './es/index.js';

export type Dictionary = typeof en;

const dictionaries: Record<Lang, Dictionary> = { en, es };

export function dictionary(lang: Lang): Dictionary {
  return dictionaries[lang];
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
