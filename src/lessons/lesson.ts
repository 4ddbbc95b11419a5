import type { Lang } from '../core/language.js';
import type { LessonId, ToolId } from './lesson-ids.js';

/** One check question at the end of a lesson. */
export interface QuizQuestion {
  /** Stable across languages, so an answer given in Spanish counts in English too. */
  id: string;
  question: string;
  options: string[];
  /** Index of the right option. */
  answer: number;
  /** Shown right after answering, whatever the choice. */
  explanation: string;
}

/** A lesson as its Markdown file holds it, checked. */
export interface Lesson {
  id: LessonId;
  lang: Lang;
  title: string;
  /** The screen "Try it" opens. */
  tool: ToolId;
  /** Input the tool starts with, e.g. `192.168.1.10`. */
  example?: string;
  quiz: QuizQuestion[];
  /** The Markdown after the front matter. */
  body: string;
}
