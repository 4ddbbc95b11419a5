import type { DrillQuestion } from '../../core/drill/drill-questions.js';
import quizQuestions from '../../i18n/en/quiz-questions.js';
import { defineWords } from '../tool.js';

/** Each kind of drill question by name, for the list of slow ones. */
const kindNames: Record<string, string> = {
  'to-bits': 'address to binary',
  'to-decimal': 'binary to address',
  network: 'network address',
  broadcast: 'broadcast address',
  hosts: 'usable hosts',
  'prefix-to-mask': 'prefix to mask',
  'mask-to-prefix': 'mask to prefix',
  range: 'port range',
  'to-hex': 'byte to hex',
  'from-hex': 'hex to byte',
};

/** The drill's words: its command, its screen, its summary. */
const words = defineWords({
  title: 'Drill',
  help: {
    summary: 'Timed drills: questions as fast as you answer, a streak, right answers per minute, your best',
    details:
      'Drills: binary, hex, subnet, port. Piped, one answer a line is read from stdin until the time is up. Your personal best is kept by the app (Practice, key d).',
    options: { minutes: 'How long the drill lasts, 1 to 60 minutes (default 2)' },
    examples: ['netlearn drill binary --minutes 2', 'netlearn drill hex', 'netlearn drill port --json < answers.txt'],
  },
  topicNames: { binary: 'Binary', hex: 'Hex', subnet: 'Subnets', port: 'Port ranges' } as Record<string, string>,
  topicHints: {
    binary: 'addresses to bits and back',
    hex: 'bytes to hex and back',
    subnet: 'network, broadcast, hosts, masks',
    port: 'which range a port is in',
  } as Record<string, string>,
  kindNames,
  prompt: (q: DrillQuestion): string => {
    if (q.topic !== 'hex') return quizQuestions.prompt(q);
    return q.kind === 'to-hex' ? `Write ${q.data.value} in hex.` : `What is 0x${q.data.hex} in decimal?`;
  },
  expectedText: (q: DrillQuestion): string => (q.topic === 'hex' ? q.expected : quizQuestions.expectedText(q)),
  choose: 'Choose a drill; it lasts as long as the minutes you pick:',
  minutes: (p: { minutes: number }) => `${p.minutes} min`,
  right: 'Right',
  wrong: (p: { expected: string }) => `Wrong, it was ${p.expected}`,
  status: (p: { streak: number; rate: number; left: string }) => `Streak ${p.streak} · ${p.rate}/min · ${p.left} left`,
  timeUp: 'Time is up.',
  summary: (p: { correct: number; answered: number; rate: number; bestStreak: number }) =>
    `${p.correct} of ${p.answered} right, ${p.rate} right answers a minute, best streak ${p.bestStreak}.`,
  newBest: (p: { rate: number; before: number | undefined }) =>
    p.before === undefined
      ? `Your first personal best: ${p.rate} a minute.`
      : `New personal best: ${p.rate} a minute (was ${p.before}).`,
  best: (p: { best: number }) => `Personal best: ${p.best} a minute.`,
  endedEarly: 'The drill ended before its time: it does not count for a personal best.',
  slowTitle: 'Slowest first (seconds an answer):',
  slowRow: (p: { name: string; seconds: number; count: number }) => `${p.name}: ${p.seconds} s (${p.count})`,
  answerPlaceholder: 'your answer and Enter',
  start: 'start',
  again: 'again',
  topics: 'drills',
  longer: 'longer',
  shorter: 'shorter',
  answer: 'answer',
});

export type DrillWords = typeof words;
export default words;
