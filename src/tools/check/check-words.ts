import { excerpt } from '../../core/check/bytes.js';
import type { CheckResult } from '../../core/check/result.js';
import type { Dictionary } from '../../i18n/index.js';

/** The diagnosis of one result in the dictionary's language: the likely cause and the fix. */
export function diagnosisOf(result: CheckResult, t: Dictionary): string {
  return t.check.diagnoses[result.reason](result.details ?? {});
}

/** One result as the NDJSON object the issue fixes: excerpts escaped, the diagnosis in words. */
export function resultJson(result: CheckResult, t: Dictionary) {
  return {
    type: 'check',
    id: result.id,
    level: result.level,
    status: result.status,
    ms: result.ms,
    sent: excerpt(result.sent),
    received: excerpt(result.received),
    lesson: result.lesson,
    diagnosis: diagnosisOf(result, t),
  };
}
