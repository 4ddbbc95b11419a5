/** A lesson file (or folder) that breaks the content rules; `problems` says each thing wrong. */
export class LessonFormatError extends Error {
  readonly file: string;
  readonly problems: string[];

  constructor(file: string, problems: string[]) {
    super(`${file}: ${problems.join('; ')}`);
    this.name = 'LessonFormatError';
    this.file = file;
    this.problems = problems;
  }
}
