import { describe, expect, test } from 'vitest';
import { drillQuestion } from '../../../src/core/drill/drill-questions.js';
import { createRandom } from '../../../src/core/quiz/random.js';
import type { DrillSources } from '../../../src/tools/drill/sources.js';
import { runExam } from '../exam/run-exam.js';

/** A clock that moves `step` ms at each read, a fixed seed, and saved bests. */
function fakeDrill(step: number, bests: Record<string, number> = {}): DrillSources {
  let now = 0;
  return { now: () => (now += step), seed: () => 7, readBests: () => bests };
}

/** The right answers to the first questions of the drill the fake seed gives. */
function rightAnswers(topic: 'port' | 'hex', count: number): string[] {
  const random = createRandom(7);
  return Array.from({ length: count }, () => drillQuestion(random, topic).expected);
}

describe('netlearn drill, piped', () => {
  test('questions come while answers do, then the summary with the slow kinds', async () => {
    const answers = [...rightAnswers('hex', 3), 'zz'];
    const result = await runExam(['drill', 'hex'], { drill: fakeDrill(1000) }, `${answers.join('\n')}\n`);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Right\n');
    expect(result.stdout).toMatch(/Wrong, it was /);
    expect(result.stdout).toContain('3 of 4 right');
    expect(result.stdout).toContain('best streak 3');
    expect(result.stdout).toContain('The drill ended before its time');
    expect(result.stdout).toMatch(/Slowest first \(seconds an answer\):\n {2}(byte to hex|hex to byte): 1 s/);
  });

  test('the time limit ends the drill, and a faster drill than the saved best says so', async () => {
    // Each read of the clock moves 10 seconds on: a 1-minute drill takes three answers.
    const result = await runExam(
      ['drill', 'port', '--minutes', '1', '--json'],
      { drill: fakeDrill(10_000, { port: 1 }) },
      `${rightAnswers('port', 9).join('\n')}\n`,
    );
    const events = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(events.at(-1)).toMatchObject({ event: 'summary', correct: 3, full: true, perMinute: 3, best: 1 });
    const plain = await runExam(
      ['drill', 'port', '--minutes', '1'],
      { drill: fakeDrill(10_000, { port: 1 }) },
      `${rightAnswers('port', 9).join('\n')}\n`,
    );
    expect(plain.stdout).toContain('Time is up.');
    expect(plain.stdout).toContain('New personal best: 3 a minute (was 1).');
  });

  test.each([
    [['drill', 'hexa'], /there is no drill "hexa" \(did you mean hex\?\)/],
    [['drill', 'port', '--minutes', '0'], /the minutes must be a whole number from 1 to 60/],
  ])('%j: exit 2 with what is wrong', async (argv, message) => {
    const result = await runExam(argv, { drill: fakeDrill(1) });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});
