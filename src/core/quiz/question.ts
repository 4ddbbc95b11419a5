import type { CompressionSteps } from '../ipv6.js';
import type { PortRangeId } from '../ports.js';

/** The topics a quiz draws from; `lessons` holds the lessons' own check questions. */
export const generatedTopics = ['binary', 'decimal', 'mask', 'subnet', 'port', 'utf8', 'tuple', 'ipv6'] as const;
export type GeneratedTopic = (typeof generatedTopics)[number];
export type Topic = GeneratedTopic | 'lessons';

/** One octet worked out: its value and its bits under the place values 128 ... 1. */
export interface OctetWork {
  value: number;
  bits: string;
}

/** One line of an AND (or OR) done bit by bit. */
export interface BitwiseRow {
  role: 'address' | 'mask' | 'wildcard' | 'network' | 'broadcast';
  dotted: string;
  bits: string;
}

/** How the expected answer is reached, as data; the i18n layer lays it out in words. */
export type WorkedSolution =
  | { type: 'octets'; octets: OctetWork[] }
  | { type: 'mask'; prefix: number; mask: string; octets: OctetWork[] }
  | { type: 'bitwise'; operation: 'and' | 'or'; prefix: number; rows: BitwiseRow[] }
  | { type: 'hosts'; prefix: number; hostBits: number; addresses: number; hosts: number }
  | { type: 'range'; port: number; range: PortRangeId; start: number; end: number }
  | { type: 'utf8'; char: string; codePoint: number; bytes: OctetWork[] }
  | { type: 'tuple'; view: 'server' | 'client'; ephemeralPort: number; serverPort: number }
  | { type: 'lesson'; explanation: string }
  | ({ type: 'ipv6-steps' } & CompressionSteps)
  | { type: 'ipv6-kind'; kind: string; block: string; rfc: string }
  | { type: 'ipv6-prefix'; outer: number; inner: number; bits: number; count: string };

/** How an answer is read: each shape has its own leniency (see check-answer.ts). */
export type AnswerShape = 'bits' | 'address' | 'prefix' | 'count' | 'range' | 'hex' | 'port' | 'option' | 'ipv6';

/** What an IPv6 question asks: the short or the full form, the kind, or how many subnets fit. */
export type Ipv6Ask = 'compress' | 'expand' | 'kind' | 'prefix-count';

/** Which address of a subnet a question asks for, or how many hosts. */
export type SubnetAsk = 'network' | 'broadcast' | 'hosts';

/** The parts of a question that every topic shares; `data` holds what this topic asks about. */
interface QuestionOf<T extends Topic, K extends string, D> {
  topic: T;
  /** The kind of item, which the Leitner schedule tracks (e.g. `prefix-to-mask`, a lesson question's id). */
  kind: K;
  /** The inputs of the question, exactly as `--json` shows them under `data`. */
  data: D;
  /** The canonical right answer, as `--json` reports it. */
  expected: string;
  shape: AnswerShape;
  /** Choices picked by number (1, 2, 3...): the answer may be the number or the choice itself. */
  choices?: readonly string[];
  solution: WorkedSolution;
}

/**
 * One exercise, in no language: the screen and the command word it through the dictionary. Its
 * topic (and, for masks, its kind) says what `data` holds.
 */
export type Question =
  | QuestionOf<'binary', 'to-bits', { address: string }>
  | QuestionOf<'decimal', 'to-decimal', { bits: string }>
  | QuestionOf<'mask', 'mask-to-prefix', { mask: string }>
  | QuestionOf<'mask', 'prefix-to-mask', { prefix: number }>
  | QuestionOf<'subnet', SubnetAsk, { cidr: string; ask: SubnetAsk }>
  | QuestionOf<'port', 'range', { port: number }>
  | QuestionOf<'utf8', 'byte-count' | 'bytes', { char: string; ask: 'count' | 'bytes' }>
  | QuestionOf<'tuple', 'server-view' | 'client-view', { tuples: readonly [string, string]; view: 'server' | 'client' }>
  | QuestionOf<'ipv6', Ipv6Ask, { ask: Ipv6Ask; address?: string; outer?: number; inner?: number }>
  | QuestionOf<'lessons', string, { lesson: string; id: string; question: string; options: readonly string[] }>;

/** The questions of one topic, with the data that topic carries. */
export type QuestionOfTopic<T extends Topic> = Extract<Question, { topic: T }>;

/** The Leitner key of a question: its topic and kind. */
export function itemKey(question: Pick<Question, 'topic' | 'kind'>): string {
  return `${question.topic}:${question.kind}`;
}
