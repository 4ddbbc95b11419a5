import {
  examCountLimits,
  examFileText,
  examMinuteLimits,
  parseExamNumber,
  parseExamTopics,
} from '../../core/exam/exam-spec.js';
import type { CommandContext } from '../tool.js';
import type { ExamTool } from './entry.js';

/** `netlearn exam new [--topics …] [--count N] [--minutes M] [--title …]`: a new exam file on stdout. */
export default function newCommand({ flags, words, sources, json, stdout }: CommandContext<ExamTool>): number {
  const spec = {
    id: sources.newExamId(),
    title: flags.title?.trim() || words.defaultTitle,
    topics: parseExamTopics(flags.topics ?? 'binary,subnet,port,utf8'),
    count: parseExamNumber(flags.count ?? '12', 'exam-count-range', examCountLimits),
    minutes: parseExamNumber(flags.minutes ?? '20', 'exam-minutes-range', examMinuteLimits),
  };
  stdout.write(json ? `${JSON.stringify(spec)}\n` : examFileText(spec, words.fileHeading));
  return 0;
}
