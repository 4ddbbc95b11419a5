import type { ResumePayload } from '../tool.js';

/** The lessons list: the shell opens it to resume a lesson, so the type is the shell's. */
export type LessonsPayload = ResumePayload;

/** The reader: which lesson, and the line to start at. */
export interface LessonPayload {
  id: string;
  line?: number;
}
