import { checkAnswer, type Verdict } from '../../core/quiz/check-answer.js';
import { optionLabel } from '../../core/quiz/option-label.js';
import { generatedTopics, type Question } from '../../core/quiz/question.js';
import { createRandom, parseCount, parseSeed } from '../../core/quiz/random.js';
import { emptyScore, recordAnswer } from '../../core/quiz/score.js';
import { noLessons, parseTopic, quizQuestions } from '../../core/quiz/topics.js';
import { sanitizeText } from '../../core/sanitize.js';
import type { Paint } from '../../output/paint.js';
import { LineInput, stdinLineCap } from '../../output/line-input.js';
import type { CommandContext } from '../tool.js';
import type { PracticeTool } from './entry.js';
import type { PracticeWords } from './words.en.js';

/** Questions in a piped run when `--count` is not given. */
const defaultCount = 10;

/**
 * `netlearn quiz [topic] [--count N] [--seed S] [--json]`. On a terminal with neither --count nor
 * --seed it opens the Practice screen; otherwise it asks `count` questions and reads one answer per
 * line from stdin, as they come, so a teacher may pipe a file of answers or a program may converse.
 */
export default async function run(ctx: CommandContext<PracticeTool>): Promise<number> {
  const { args, flags, t, words, sources, json, stdin, stdout, paint } = ctx;
  // Lesson files are read only when their topic is asked for (or a topic name needs checking).
  const generated = args[0] === undefined || (generatedTopics as readonly string[]).includes(args[0]);
  const source = generated ? noLessons : sources.quizSource(ctx.lang);
  const topic = args[0] === undefined ? undefined : parseTopic(args[0], source);
  const countText = flags.count;
  const seedText = flags.seed;
  const count = countText === undefined ? defaultCount : parseCount(countText);
  const seed = seedText === undefined ? undefined : parseSeed(seedText);
  if (ctx.interactive && !json && countText === undefined && seedText === undefined) {
    await ctx.openScreen({ topic });
    return 0;
  }
  const usedSeed = seed ?? Math.floor(Math.random() * 2 ** 31);

  let readerGone = false;
  const onError = () => {
    readerGone = true;
  };
  stdout.on('error', onError);
  const emit = (text: string) => {
    if (!readerGone) stdout.write(text);
  };
  const echo = !(stdin as { isTTY?: boolean }).isTTY;
  // One line at a time, none past 64 KiB: a huge pipe is refused, not read into one string.
  const lines = new LineInput(stdin);
  let tooLong: number | undefined;
  let score = emptyScore();
  let n = 0;
  try {
    for (const question of quizQuestions(createRandom(usedSeed), topic, source, count)) {
      n++;
      emit(json ? questionJson(question, n, words) : questionText(question, n, count, words, paint));
      const next = await lines.next();
      if (next.kind === 'too-long') tooLong = next.n;
      if (next.kind !== 'line' || readerGone) break;
      const answer = { value: next.text };
      // Piped answers are not echoed by a terminal: show each one so the transcript reads as a dialogue.
      if (!json && echo) emit(`> ${sanitizeText(answer.value).trim()}\n`);
      const verdict = checkAnswer(question, answer.value);
      score = recordAnswer(score, question.topic, verdict.correct);
      emit(json ? feedbackJson(question, n, verdict) : feedbackText(question, verdict, words, paint));
    }
  } finally {
    lines.close();
  }
  if (tooLong !== undefined) {
    stdout.off('error', onError);
    ctx.stderr.write(`${t.cli.prefix} ${t.cli.errors.stdinLineTooLong({ line: tooLong, kib: stdinLineCap / 1024 })}\n`);
    return 2;
  }
  if (json) emit(`${JSON.stringify({ event: 'score', correct: score.correct, total: score.total })}\n`);
  else {
    emit(`${paint.bold(words.score({ correct: score.correct, total: score.total }))}\n`);
    if (seed === undefined) emit(`${paint.dim(words.seedHint({ seed: String(usedSeed) }))}\n`);
  }
  stdout.off('error', onError);
  return 0;
}

function questionJson(question: Question, n: number, words: PracticeWords): string {
  return `${JSON.stringify({ event: 'question', n, topic: question.topic, prompt: words.prompt(question), data: question.data })}\n`;
}

function feedbackJson(question: Question, n: number, verdict: Verdict): string {
  return `${JSON.stringify({ event: 'feedback', n, correct: verdict.correct, expected: question.expected })}\n`;
}

function questionText(question: Question, n: number, count: number, words: PracticeWords, paint: Paint): string {
  const lines = [
    paint.bold(words.questionHeader({ n, total: count, topic: words.topicNames[question.topic] })),
    words.prompt(question),
  ];
  if (question.shape === 'option')
    lines.push(...(question.choices ?? []).map((choice, i) => `  ${optionLabel(i)} ${choice}`));
  return `${lines.join('\n')}\n`;
}

function feedbackText(question: Question, verdict: Verdict, words: PracticeWords, paint: Paint): string {
  if (verdict.correct) return `${paint.green(words.right)}\n\n`;
  const lines = [paint.red(words.wrong({ expected: words.expectedText(question) }))];
  if (verdict.reason === 'leading-zero') lines.push(paint.yellow(words.leadingZero));
  lines.push(...words.solution(question.solution).map((line) => `  ${line}`));
  return `${lines.join('\n')}\n\n`;
}
