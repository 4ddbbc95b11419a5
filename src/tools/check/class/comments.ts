import type { StudentRun } from '../../../core/class/student-run.js';
import type { RosterEntry } from '../../../core/class/roster.js';
import { diagnosisOf, judgementLines, judgementSentence } from '../diagnosis.js';
import type { ClassWords } from './words.en.js';

/** The lessons that explain what failed, each once, in the order the checks ran. */
function lessonsToRead(run: StudentRun): string[] {
  return [...new Set(run.results.filter((result) => result.status === 'fail').map((result) => result.lesson))];
}

/** What the learning platform's comment column says to a student: the judgement, what failed, what to read. */
export function gradeComment(run: StudentRun | undefined, words: ClassWords): string {
  if (!run) return words.plain.noRun;
  if (run.judgement.cause === 'unreachable') return words.comments.unreachable;
  const failed = run.results.filter((result) => result.status === 'fail').map((result) => result.id);
  const lessons = lessonsToRead(run);
  // A judgement named after one failed check points at that check's paragraph: say the paragraph.
  const named = run.results.find((result) => result.id === run.judgement.details.check);
  return [
    named ? diagnosisOf(named, words.check) : judgementSentence(run.judgement, words.check),
    ...(failed.length > 0 ? [words.comments.failedChecks({ ids: failed.join(', ') })] : []),
    ...(lessons.length > 0
      ? [words.comments.read({ lessons: lessons.map((id) => `netlearn lesson ${id}`).join(', ') })]
      : []),
    ...(run.late ? [words.plain.late] : []),
  ].join(' ');
}

/** A student's page: their score, the judgement, each check with its diagnosis, the lessons to read. */
export function feedbackPage(
  student: RosterEntry,
  run: StudentRun | undefined,
  words: ClassWords,
  when: string,
): string {
  const { page } = words;
  const lines = [page.title({ name: student.name }), ''];
  if (!run) return [...lines, words.plain.noRun, ''].join('\n');
  lines.push(page.score({ score: run.score, max: run.maxScore, when }), '', `## ${page.verdict}`, '');
  if (run.judgement.cause === 'unreachable') lines.push(words.comments.unreachable, '');
  else lines.push(...judgementLines(run.judgement, words.check).map((line) => `${line}\n`));
  if (run.results.length > 0) {
    lines.push(`## ${page.checks}`, '');
    for (const result of run.results) {
      const said = `**${result.id}** (${words.check.names[result.id]}): ${page.status[result.status]}`;
      lines.push(result.status === 'pass' ? `- ${said}` : `- ${said}. ${diagnosisOf(result, words.check)}`);
    }
    lines.push('');
  }
  const lessons = lessonsToRead(run);
  if (lessons.length > 0) lines.push(`## ${page.lessons}`, '', ...lessons.map((id) => page.lessonLine({ id })), '');
  if (run.late) lines.push(words.plain.late, '');
  return lines.join('\n');
}

/** A time as the teacher reads it: local date and time to the minute. */
export function localTime(iso: string): string {
  const at = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${two(at.getHours())}:${two(at.getMinutes())}`;
}
