import type { ExamSpec } from '../../core/exam/exam-spec.js';
import { defineTool } from '../tool.js';
import type { ExamSources } from './sources.js';
import type { ExamWords } from './words.en.js';

/** What `exam take` hands the screen on a terminal: the exam and whose it is. */
export interface ExamPayload {
  spec: ExamSpec;
  studentId: string;
}

/** The types the exam tool's command, screen, sources and words agree on. */
export interface ExamTool {
  payload: ExamPayload;
  sources: ExamSources;
  words: ExamWords;
  options: typeof options;
}

const options = {
  topics: { type: 'string' },
  count: { type: 'string' },
  minutes: { type: 'string' },
  title: { type: 'string' },
  student: { type: 'string' },
  csv: { type: 'boolean' },
  excel: { type: 'boolean' },
  class: { type: 'string' },
  db: { type: 'string' },
} as const;

/** Exams: `netlearn exam new|take|grade|key`; the screen is where a student takes one. */
export default defineTool<ExamTool>({
  id: 'exam',
  words: { en: () => import('./words.en.js'), es: () => import('./words.es.js') },
  command: {
    name: 'exam',
    operands: '<new|take|grade|key> [exam.yaml] [codes.csv]',
    minArgs: 1,
    maxArgs: 3,
    options,
    load: () => import('./command.js'),
  },
  screen: () => import('./screen.js'),
  sources: () => import('./sources.js'),
  prose: true,
});
