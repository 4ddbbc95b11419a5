import { excerpt } from '../../core/check/bytes.js';
import type { CheckResult } from '../../core/check/result.js';
import type { CheckWords } from './words.en.js';

/** The diagnosis of one result in the words' language: the likely cause and the fix. */
export function diagnosisOf(result: CheckResult, words: CheckWords): string {
  return words.diagnoses[result.reason](result.details ?? {});
}

/** One result as the NDJSON object the issue fixes: excerpts escaped, the diagnosis in words. */
export function resultJson(result: CheckResult, words: CheckWords) {
  return {
    type: 'check',
    id: result.id,
    level: result.level,
    status: result.status,
    ms: result.ms,
    sent: excerpt(result.sent),
    received: excerpt(result.received),
    lesson: result.lesson,
    diagnosis: diagnosisOf(result, words),
  };
}
