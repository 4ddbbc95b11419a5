import type { Topic } from '../../core/quiz/question.js';

/** What `netlearn quiz <topic>` hands Practice: the topic to start on. */
export interface PracticePayload {
  topic?: Topic;
}
