import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { closest } from '../closest.js';
import { InputError, type InputErrorCode } from '../input-error.js';
import { generatedTopics, type GeneratedTopic } from '../quiz/question.js';

/** What a teacher's exam file holds: everything a student's variant is computed from. */
export interface ExamSpec {
  /** Mixed into every student's seed and printed into every code: two exams never share one. */
  id: string;
  title: string;
  topics: GeneratedTopic[];
  count: number;
  minutes: number;
}

/** An exam file is a few lines; anything bigger is the wrong file. */
export const examMaxBytes = 16 * 1024;
export const examCountLimits = { min: 1, max: 40 } as const;
export const examMinuteLimits = { min: 1, max: 240 } as const;
const examFields = ['id', 'title', 'topics', 'count', 'minutes'] as const;
const idPattern = /^[A-Za-z0-9_-]{1,40}$/;

/** A topic list as a teacher writes it on the command line: `binary,subnet,port`. */
export function parseExamTopics(text: string, line?: number): GeneratedTopic[] {
  const names = text
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  if (names.length === 0) throw new InputError('exam-topics-empty', { line, topics: generatedTopics });
  for (const name of names)
    if (!(generatedTopics as readonly string[]).includes(name))
      throw new InputError('exam-topic-unknown', {
        line,
        part: name,
        topics: generatedTopics,
        suggestion: closest(name, generatedTopics),
      });
  return [...new Set(names)] as GeneratedTopic[];
}

/** A whole number within limits; `code` names which field it is for. */
export function parseExamNumber(
  text: string,
  code: Extract<InputErrorCode, 'exam-count-range' | 'exam-minutes-range'>,
  limits: { min: number; max: number },
  line?: number,
): number {
  const trimmed = text.trim();
  const value = /^\d{1,4}$/.test(trimmed) ? Number(trimmed) : NaN;
  if (!(value >= limits.min && value <= limits.max)) throw new InputError(code, { line, part: text, ...limits });
  return value;
}

/** An exam id: letters, digits, - and _, as `exam new` makes them. */
function parseExamId(text: string, line?: number): string {
  if (!idPattern.test(text)) throw new InputError('exam-id-invalid', { line, part: text });
  return text;
}

/** Reads an exam file; anything wrong throws an InputError naming the line and the field. */
export function parseExamFile(text: string): ExamSpec {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const bad = doc.errors[0];
  if (bad) {
    // An unclosed quote is reported at the end of the file: name the line where it opened instead.
    const open =
      bad.code === 'MISSING_CHAR'
        ? text.split(/\r?\n/).findIndex((row) => /^[^"]*("[^"]*"[^"]*)*"[^"]*$/.test(row))
        : -1;
    const line = open >= 0 ? open + 1 : (bad.linePos?.[0].line ?? 1);
    throw new InputError('exam-not-yaml', { line, part: (text.split(/\r?\n/)[line - 1] ?? '').trim() });
  }
  const lineOf = (node: Node | null | undefined, fallback = 1) =>
    node?.range ? lines.linePos(node.range[0]).line : fallback;
  if (!isMap(doc.contents)) throw new InputError('exam-not-mapping', { line: lineOf(doc.contents) });
  const found = new Map<string, { value: Node | null; line: number }>();
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const line = lineOf(pair.key as Node);
    if (!(examFields as readonly string[]).includes(key))
      throw new InputError('exam-field-unknown', {
        line,
        field: key,
        allowed: examFields,
        closest: closest(key, examFields),
      });
    found.set(key, { value: (pair.value as Node | null) ?? null, line });
  }
  const field = (name: (typeof examFields)[number]) => {
    const entry = found.get(name);
    if (!entry)
      throw new InputError('exam-field-missing', { line: lineOf(doc.contents), field: name, allowed: examFields });
    return entry;
  };
  const scalarText = (name: (typeof examFields)[number]): { text: string; line: number } => {
    const { value, line } = field(name);
    if (!isScalar(value) || typeof value.value === 'object' || value.value === '')
      throw new InputError('exam-field-type', { line, field: name, part: String(value ?? ''), expected: 'text' });
    return { text: String(value.value), line };
  };
  const topics = field('topics');
  let topicsText: string;
  if (isSeq(topics.value)) {
    topicsText = topics.value.items.map((item) => (isScalar(item) ? String(item.value) : '?')).join(',');
  } else topicsText = scalarText('topics').text;
  const id = scalarText('id');
  const count = scalarText('count');
  const minutes = scalarText('minutes');
  return {
    id: parseExamId(id.text, id.line),
    title: found.has('title') ? scalarText('title').text : id.text,
    topics: parseExamTopics(topicsText, topics.line),
    count: parseExamNumber(count.text, 'exam-count-range', examCountLimits, count.line),
    minutes: parseExamNumber(minutes.text, 'exam-minutes-range', examMinuteLimits, minutes.line),
  };
}

/** The exam file `exam new` writes: one field a line (JSON strings are YAML), read back by parseExamFile. */
export function examFileText(spec: ExamSpec, heading: string): string {
  return [
    `# ${heading}`,
    // Quoted: an id such as 12345E10 would otherwise read back as a number.
    `id: ${JSON.stringify(spec.id)}`,
    `title: ${JSON.stringify(spec.title)}`,
    `topics: [${spec.topics.join(', ')}]`,
    `count: ${spec.count}`,
    `minutes: ${spec.minutes}`,
    '',
  ].join('\n');
}
