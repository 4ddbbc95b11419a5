import type { Lang } from '../../core/language.js';
import type { QuizSource } from '../../core/quiz/topics.js';
import { quizSource } from '../../lessons/quiz-source.js';

/** What Practice reads from disk: the lessons' check questions, for the `lessons` topic. */
export interface PracticeSources {
  quizSource: (lang: Lang) => QuizSource;
}

const sources: PracticeSources = { quizSource };
export default sources;
