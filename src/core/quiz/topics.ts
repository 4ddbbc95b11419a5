import { closest } from '../closest.js';
import { InputError } from '../input-error.js';
import { binaryQuestion, decimalQuestion } from './generators/binary.js';
import { ipv6Kinds, ipv6Question } from './generators/ipv6.js';
import { lessonQuestion, type LessonCheck } from './generators/lessons.js';
import { maskKinds, maskQuestion } from './generators/mask.js';
import { portQuestion } from './generators/port.js';
import { subnetKinds, subnetQuestion } from './generators/subnet.js';
import { tupleKinds, tupleQuestion } from './generators/tuple.js';
import { utf8Kinds, utf8Question } from './generators/utf8.js';
import { generatedTopics, itemKey, type GeneratedTopic, type Question, type Topic } from './question.js';
import { nextCandidates, type LeitnerState } from './leitner.js';
import type { Random } from './random.js';

/** Each generated topic: its kinds of item and how to make one. */
const generators: Record<
  GeneratedTopic,
  { kinds: readonly string[]; make: (random: Random, kind?: string) => Question }
> = {
  binary: { kinds: ['to-bits'], make: binaryQuestion },
  decimal: { kinds: ['to-decimal'], make: decimalQuestion },
  mask: { kinds: maskKinds, make: maskQuestion },
  subnet: { kinds: subnetKinds, make: subnetQuestion },
  port: { kinds: ['range'], make: portQuestion },
  utf8: { kinds: utf8Kinds, make: utf8Question },
  tuple: { kinds: tupleKinds, make: tupleQuestion },
  ipv6: { kinds: ipv6Kinds, make: ipv6Question },
};

/** What a quiz may draw on: the generated topics, plus the lessons' check questions when loaded. */
export interface QuizSource {
  lessons: readonly LessonCheck[];
}

export const noLessons: QuizSource = { lessons: [] };

/** The topics on offer: the lessons topic only when there are lesson questions. */
export function availableTopics(source: QuizSource): Topic[] {
  return source.lessons.length > 0 ? [...generatedTopics, 'lessons'] : [...generatedTopics];
}

/** Reads a topic name; an unknown one throws with the list and the closest name. */
export function parseTopic(text: string, source: QuizSource): Topic {
  const topics = availableTopics(source);
  const name = text.trim().toLowerCase();
  const found = topics.find((topic) => topic === name);
  if (found) return found;
  throw new InputError('quiz-topic-unknown', { part: text, topics, suggestion: closest(name, topics) });
}

/** The Leitner keys of a topic's items. */
function topicItemKeys(topic: Topic, source: QuizSource): string[] {
  if (topic === 'lessons') return source.lessons.map((check) => itemKey({ topic, kind: check.id }));
  return generators[topic].kinds.map((kind) => itemKey({ topic, kind }));
}

/** What one session has asked so far, per topic: a topic's pool is drawn without repeats. */
export type Asked = Map<string, Set<string>>;

/** How many draws a generated topic gets to find a question not asked yet before its pool counts as used up. */
const freshTries = 60;

/** One question's identity within its topic: a lesson question's id, else its kind and its inputs. */
function signature(question: Question): string {
  return question.topic === 'lessons' ? question.kind : `${question.kind} ${JSON.stringify(question.data)}`;
}

/**
 * A question not asked yet in this session. The lessons topic draws from the questions left; a
 * generated topic draws again until the question is new. Once a topic's pool is used up (no new
 * question in `freshTries` draws), its record is cleared and the pool starts over.
 */
function freshQuestion(random: Random, topic: Topic, source: QuizSource, asked: Asked, kind?: string): Question {
  let seen = asked.get(topic);
  if (!seen) asked.set(topic, (seen = new Set()));
  if (topic === 'lessons' && kind === undefined) {
    let left = source.lessons.filter((check) => !seen.has(check.id));
    if (left.length === 0) {
      seen.clear();
      left = [...source.lessons];
    }
    const question = lessonQuestion(random, left);
    seen.add(signature(question));
    return question;
  }
  let question = makeQuestion(random, topic, source, kind);
  for (let tries = 1; seen.has(signature(question)) && tries < freshTries; tries++)
    question = makeQuestion(random, topic, source, kind);
  if (seen.has(signature(question))) seen.clear();
  seen.add(signature(question));
  return question;
}

/** A question of a topic; of the given kind when one is named, else of a kind picked at random. */
export function makeQuestion(random: Random, topic: Topic, source: QuizSource, kind?: string): Question {
  if (topic === 'lessons') return lessonQuestion(random, source.lessons, kind);
  return generators[topic].make(random, kind);
}

/**
 * The piped quiz: `count` questions from one topic, or a mix of the generated ones when no topic is
 * given. The lessons stay out of the mix, so a seed's questions depend on nothing but the seed.
 */
export function* quizQuestions(
  random: Random,
  topic: Topic | undefined,
  source: QuizSource,
  count: number,
): Generator<Question> {
  const asked: Asked = new Map();
  for (let n = 0; n < count; n++) yield freshQuestion(random, topic ?? random.pick(generatedTopics), source, asked);
}

/**
 * The practice screen's next question: the Leitner schedule picks the item (due first, least
 * learned first), chance breaks ties, and among equals a lesson question not asked yet this session
 * comes first. `topic` undefined means a mix of the generated topics. `asked` is the session's record.
 */
export function nextQuestion(
  random: Random,
  leitner: LeitnerState,
  topic: Topic | undefined,
  source: QuizSource,
  asked: Asked = new Map(),
): Question {
  const topics: readonly Topic[] = topic ? [topic] : generatedTopics;
  const keys = topics.flatMap((name) => topicItemKeys(name, source));
  const candidates = nextCandidates(leitner, keys);
  const seenLessons = asked.get('lessons');
  const unseen = candidates.filter((key) => !key.startsWith('lessons:') || !seenLessons?.has(key.slice(8)));
  const key = random.pick(unseen.length > 0 ? unseen : candidates);
  const split = key.indexOf(':');
  return freshQuestion(random, key.slice(0, split) as Topic, source, asked, key.slice(split + 1));
}
