import type { Token } from 'marked';
import type { Lang } from '../core/language.js';

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
  /** From the file name `NN-<id>.md`; the front matter says the same. */
  id: string;
  lang: Lang;
  title: string;
  /** The screen "Try it" opens. */
  /** The id of the tool its "Try it" opens, in the registry (src/tools/index.ts). */
  tool: string;
  /** Input the tool starts with, e.g. `192.168.1.10`. */
  example?: string;
  /** The command a terminal runs to try the same, e.g. `netlearn ip 192.168.1.10`; the body names it. */
  tryCommand: string;
  quiz: QuizQuestion[];
  /** The Markdown after the front matter. */
  body: string;
  /** The body as Markdown tokens, lexed when the content is read so showing a lesson needs no parser. */
  tokens: Token[];
}
