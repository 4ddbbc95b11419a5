/** The lessons list: `resume` reopens the lesson the learner was reading when they left. */
export interface LessonsPayload {
  resume?: boolean;
}

/** The reader: which lesson, and the line to start at. */
export interface LessonPayload {
  id: string;
  line?: number;
}
