import type { PortRangeId } from '../ports.js';
import { readOptionChoice } from './option-label.js';
import type { Question } from './question.js';

/** Why an answer was judged as it was, when that teaches something. */
export type VerdictReason = 'empty' | 'leading-zero';

export interface Verdict {
  correct: boolean;
  reason?: VerdictReason;
}

/** Lower case, no accents, no spaces or hyphens: "Bien Conocidos" and "bienconocidos" read alike. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\-_]/g, '');
}

/** Every name a learner may give each range, in English or Spanish, singular or plural. */
const rangeWords: Record<PortRangeId, readonly string[]> = {
  'well-known': [
    'wellknown',
    'bienconocido',
    'bienconocidos',
    'system',
    'sistema',
    'conocido',
    'conocidos',
    'reservado',
    'reservados',
  ],
  registered: ['registered', 'registrado', 'registrados', 'user', 'usuario', 'usuarios'],
  dynamic: [
    'dynamic',
    'dinamico',
    'dinamicos',
    'ephemeral',
    'efimero',
    'efimeros',
    'private',
    'privado',
    'privados',
    'dynamic/private',
    'dinamicos/privados',
  ],
};

/** The range a learner's words name, or undefined. */
export function readRangeName(answer: string): PortRangeId | undefined {
  const folded = fold(answer);
  return (Object.keys(rangeWords) as PortRangeId[]).find((id) => rangeWords[id].includes(folded));
}

/** The names of the IPv6 kinds Practice asks for, as the prompt prints them in English and Spanish. */
const ipv6KindWords: Readonly<Record<string, readonly string[]>> = {
  'link-local': ['linklocal', 'deenlacelocal', 'enlacelocal'],
  'unique-local': ['uniquelocal', 'localunica'],
  documentation: ['documentation', 'dedocumentacion', 'documentacion'],
  'global-unicast': ['globalunicast', 'unicastglobal'],
  'ipv4-mapped': ['ipv4mapped', 'ipv4mapeada'],
};

/** A choice picked by its name, in any case, with spaces or hyphens, in English or Spanish. */
export function choiceByName(answer: string, question: Question): string | undefined {
  const folded = fold(answer);
  return question.choices?.find((choice) => fold(choice) === folded || ipv6KindWords[choice]?.includes(folded));
}

/** A choice picked by its number: `2` -> index 1. */
export function choiceIndex(answer: string, question: Question): number | undefined {
  const count = question.choices?.length ?? 0;
  if (!/^\d+$/.test(answer)) return undefined;
  const n = Number(answer);
  return n >= 1 && n <= count ? n - 1 : undefined;
}

/** Dotted decimal: spaces ignored, every octet exactly as formatIPv4 writes it. */
function checkAddress(answer: string, expected: string): Verdict {
  const compact = answer.replace(/\s/g, '');
  if (compact === expected) return { correct: true };
  // 010.1.1.1 means 8.1.1.1 to some parsers and 10.1.1.1 to others: the zero is the mistake.
  const octets = compact.split('.');
  if (
    octets.length === 4 &&
    octets.every((octet) => /^\d{1,3}$/.test(octet)) &&
    octets.some((octet) => /^0\d/.test(octet))
  ) {
    return { correct: false, reason: 'leading-zero' };
  }
  return { correct: false };
}

/** A whole number; spaces, commas, underscores and dots between thousands are fine (16.382, 16 382). */
export function readCount(answer: string): string | undefined {
  const compact = answer.replace(/[\s,_]/g, '').replace(/bytes?$/i, '');
  if (/^\d{1,3}(\.\d{3})+$/.test(compact)) return compact.replace(/\./g, '');
  if (/^(0|[1-9]\d*)$/.test(compact)) return compact;
  return undefined;
}

/** Hex bytes in any common spelling: `C3 A9`, `c3a9`, `0xc3 0xa9`, `\xc3\xa9`, `c3,a9`. */
export function readHex(answer: string): string | undefined {
  const compact = answer
    .replace(/0x|\\x/gi, '')
    .replace(/[\s,:;]/g, '')
    .toUpperCase();
  return /^([0-9A-F]{2})+$/.test(compact) ? compact : undefined;
}

/**
 * Judges one answer. Lenient where the form does not matter (spaces, case, dots between bits,
 * English or Spanish names, a choice's number), strict where the mistake is the lesson: an octet
 * with a leading zero is wrong even when its value matches.
 */
export function checkAnswer(question: Question, answer: string): Verdict {
  const trimmed = answer.trim();
  if (trimmed === '') return { correct: false, reason: 'empty' };
  const { expected } = question;
  switch (question.shape) {
    case 'bits':
      return { correct: trimmed.replace(/[\s.]/g, '') === expected.replace(/\./g, '') };
    case 'address':
      return checkAddress(trimmed, expected);
    case 'prefix':
      return { correct: trimmed.replace(/\s/g, '').replace(/^\//, '') === expected };
    case 'count':
      return { correct: readCount(trimmed) === expected };
    case 'hex':
      return { correct: readHex(trimmed) === readHex(expected) };
    case 'range': {
      const index = choiceIndex(trimmed, question);
      const picked = index === undefined ? readRangeName(trimmed) : question.choices![index];
      return { correct: picked === expected };
    }
    case 'port': {
      const index = choiceIndex(trimmed, question);
      return {
        correct:
          (index === undefined ? (choiceByName(trimmed, question) ?? trimmed) : question.choices![index]) === expected,
      };
    }
    case 'ipv6':
      // The exact text is the lesson here (which zeros go, where :: goes); only case and spaces are free.
      return { correct: trimmed.replace(/\s/g, '').toLowerCase() === expected };
    case 'option': {
      // The option's letter (as the lesson prints it) or number, or its own text in any case.
      const index =
        readOptionChoice(trimmed, question.choices?.length ?? 0) ??
        question.choices?.findIndex((choice) => fold(choice) === fold(trimmed)) ??
        -1;
      return { correct: String(index + 1) === expected };
    }
  }
}
