import { closest } from '../closest.js';
import { InputError } from '../input-error.js';
import { checkAnswer, readCount } from '../quiz/check-answer.js';
import type { GeneratedTopic, Question } from '../quiz/question.js';
import type { Random } from '../quiz/random.js';
import { makeQuestion, noLessons } from '../quiz/topics.js';

export const drillTopics = ['binary', 'hex', 'subnet', 'port'] as const;
export type DrillTopic = (typeof drillTopics)[number];

/** A byte and its two hex digits, either way: the one drill Practice has no generator for. */
export type HexQuestion =
  | { topic: 'hex'; kind: 'to-hex'; data: { value: number }; expected: string }
  | { topic: 'hex'; kind: 'from-hex'; data: { hex: string }; expected: string };

export type DrillQuestion = Question | HexQuestion;

/** The Practice topics each drill draws from, in turn at random. */
const practiceTopics: Record<Exclude<DrillTopic, 'hex'>, readonly GeneratedTopic[]> = {
  binary: ['binary', 'decimal'],
  subnet: ['subnet', 'mask'],
  port: ['port'],
};

export function parseDrillTopic(text: string): DrillTopic {
  const name = text.trim().toLowerCase();
  const found = drillTopics.find((topic) => topic === name);
  if (found) return found;
  throw new InputError('drill-topic-unknown', {
    part: text,
    topics: drillTopics,
    suggestion: closest(name, drillTopics),
  });
}

/** The next question of a drill. */
export function drillQuestion(random: Random, topic: DrillTopic): DrillQuestion {
  if (topic !== 'hex') return makeQuestion(random, random.pick(practiceTopics[topic]), noLessons);
  const value = random.int(0, 255);
  const hex = value.toString(16).toUpperCase().padStart(2, '0');
  return random.int(0, 1) === 0
    ? { topic, kind: 'to-hex', data: { value }, expected: hex }
    : { topic, kind: 'from-hex', data: { hex }, expected: String(value) };
}

/** Right or wrong, as Practice judges its questions; hex in any case, with or without 0x or a leading zero. */
export function checkDrillAnswer(question: DrillQuestion, answer: string): boolean {
  if (question.topic !== 'hex') return checkAnswer(question, answer).correct;
  if (question.kind === 'from-hex') return readCount(answer.trim()) === question.expected;
  const digits = answer.trim().replace(/^0x/i, '');
  return /^[0-9a-f]{1,2}$/i.test(digits) && parseInt(digits, 16) === question.data.value;
}
