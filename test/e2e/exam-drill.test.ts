import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { examFileText } from '../../src/core/exam/exam-spec.js';
import { examQuestions } from '../../src/core/exam/exam-questions.js';
import { gradeCode } from '../../src/core/exam/exam-grade.js';
import { keys } from '../helpers/keys.js';
import { trackSessions } from '../helpers/pty.js';

let folder: string | undefined;
afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = undefined;
});
// Registered after the folder's cleanup, so it runs first: the program has gone before its folder does.
const spawn = trackSessions();

const spec = { id: 'PTYEXAM1', title: 'Parcial 1', topics: ['port' as const], count: 2, minutes: 5 };

/** A folder of the test's own: the exam file and a fresh config, so no real progress is touched. */
function ownFolder(): { exam: string; env: Record<string, string> } {
  folder = mkdtempSync(join(tmpdir(), 'netlearn-exam-'));
  const exam = join(folder, 'parcial.yaml');
  writeFileSync(exam, examFileText(spec, 'netlearn exam'));
  return { exam, env: { XDG_CONFIG_HOME: folder } };
}

describe('exams and drills in a real terminal', () => {
  it.each([
    [60, 20],
    [80, 24],
    [140, 45],
  ])('at %ix%i exam take runs the exam screen and ends with a code that grades', async (cols, rows) => {
    const { exam, env } = ownFolder();
    const session = spawn(['exam', 'take', exam, '--student', '20931'], { cols, rows, env });
    await session.waitFor('Enter start');
    session.write(keys.enter);
    await session.waitFor(/5:00 left · Question 1 of 2/);
    const [first] = examQuestions(spec, '20931');
    session.write(first!.expected);
    await session.waitFor(`› ${first!.expected}`);
    session.write(keys.enter);
    await session.waitFor('Question 2 of 2');
    session.write(keys.enter);
    const screen = await session.waitFor(/[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]+/);
    for (const row of screen.split('\n')) expect(row.length).toBeLessThanOrEqual(cols);
    const code = /([0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]+)/.exec(screen)![1]!;
    expect(gradeCode(spec, '20931', code).correct).toBe(1);
    session.write('q');
    expect((await session.exited).exitCode).toBe(0);
  });

  it('netlearn drill opens the drill; an answer gets its verdict; a drill cut short saves no best', async () => {
    const { env } = ownFolder();
    const session = spawn(['drill', 'port', '--minutes', '1'], { cols: 80, rows: 24, env });
    await session.waitFor(/Streak 0 · 0\/min · 1:00 left/);
    session.write('1');
    await session.waitFor('› 1');
    session.write(keys.enter);
    await session.waitFor(/(Right|Wrong, it was)/);
    // The field takes q as text: Esc leaves the drill for the home menu, and q the app.
    session.write(keys.escape);
    await session.waitFor('What do you want to learn today?');
    session.write('q');
    expect((await session.exited).exitCode).toBe(0);
    // No drill ran its whole minute here: nothing to save, and the file holds no best.
    const progress = (() => {
      try {
        return JSON.parse(readFileSync(join(folder!, 'netlearn', 'progress.json'), 'utf8'));
      } catch {
        return {};
      }
    })();
    expect(progress.practice?.drill).toBeUndefined();
  });
});
