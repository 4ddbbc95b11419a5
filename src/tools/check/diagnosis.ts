import { excerpt } from '../../core/check/bytes.js';
import { reasonCause } from '../../core/check/causes.js';
import type { ExplainedResult, Judgement } from '../../core/check/judgement.js';
import type { CheckResult } from '../../core/check/result.js';
import type { CheckWords } from './words.en.js';

/**
 * The diagnosis of one result in the words' language: the likely cause and the fix; for a check not
 * run, what it needed; for a failure the judgement already explains, a pointer to it, never the
 * same paragraph again.
 */
export function diagnosisOf(result: CheckResult | ExplainedResult, words: CheckWords): string {
  if (result.status === 'not-run')
    return words.diagnoses['not-run']({ ...result.details, needs: result.dependsOn ?? '' });
  if ('explainedByJudgement' in result && result.explainedByJudgement) return words.judgement.explained;
  return words.diagnoses[result.reason](result.details ?? {});
}

/** The judgement's own sentence: the cause, told with its figures (and the server's language). */
export function judgementSentence(judgement: Judgement, words: CheckWords): string {
  return words.judgement.causes[judgement.cause]({ ...judgement.details, runtime: judgement.process?.runtime });
}

/** The lines said once, before the checks: verdict and cause, the process, the name it was given. */
export function judgementLines(judgement: Judgement, words: CheckWords): string[] {
  const { verdict, process, name } = judgement;
  return [
    `${words.judgement.verdict[verdict]}. ${judgementSentence(judgement, words)}`,
    ...(process ? [words.judgement.process(process)] : []),
    ...(name ? [words.judgement.name({ name })] : []),
  ];
}

/** The judgement as the first NDJSON record: its cause and figures, then the sentence. */
export function judgementJson(judgement: Judgement, words: CheckWords) {
  const { verdict, cause, details, process, name } = judgement;
  return {
    type: 'judgement',
    verdict,
    cause,
    ...details,
    ...(process ? { process } : {}),
    ...(name ? { name } : {}),
    sentence: judgementSentence(judgement, words),
  };
}

/** One result as an NDJSON record: excerpts escaped, its cause, what it needed, its figures. */
export function resultJson(result: CheckResult | ExplainedResult, words: CheckWords) {
  return {
    type: 'check',
    id: result.id,
    level: result.level,
    status: result.status,
    cause: 'cause' in result ? result.cause : reasonCause[result.reason],
    ...(result.dependsOn ? { dependsOn: result.dependsOn } : {}),
    ms: result.ms,
    sent: excerpt(result.sent),
    received: excerpt(result.received),
    details: { ...result.details, sample: excerpt(result.received, 80) },
    lesson: result.lesson,
    diagnosis: diagnosisOf(result, words),
  };
}

/**
 * What to say when nothing answered: the other address family's address when that one did, else
 * what the OS said (an error line's wording: lowercase, after "netlearn: error:").
 */
export function unreachableSentence(judgement: Judgement, where: string, words: CheckWords): string {
  const { code, otherFamily } = judgement.details;
  if (otherFamily !== undefined) return words.judgement.causes.unreachable(judgement.details);
  return code === 'ECONNREFUSED'
    ? words.plain.unreachable({ where })
    : words.plain.unreachableOther({ where, code: String(code) });
}
