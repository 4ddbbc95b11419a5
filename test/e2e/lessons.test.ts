import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadLessons } from '../../src/lessons/load-lessons.js';
import { keys } from '../helpers/keys.js';
import { trackSessions, type PtySession } from '../helpers/pty.js';

const spawn = trackSessions();
const enLessons = loadLessons('en');
const total = enLessons.length;
const ipv4 = enLessons.findIndex((lesson) => lesson.id === 'ipv4') + 1;
/** The lessons list is open (at 60x20 it scrolls, so the last title may be below). */
const listed = `of ${total} done`;
const start = (env: Record<string, string>): PtySession => spawn([], { cols: 60, rows: 20, env });

/** The status line's "NN%": how far down the lesson the reader is. */
const percent = (screen: string) =>
  new RegExp(`lesson ${ipv4} of ${total} · (\\d+)%|lección ${ipv4} de ${total} · (\\d+)%`)
    .exec(screen)
    ?.slice(1)
    .find(Boolean);

describe('lessons in a real terminal', () => {
  test('open a lesson, scroll, answer a question, quit, start again and land where you left off', async () => {
    const env = { XDG_CONFIG_HOME: mkdtempSync(join(tmpdir(), 'netlearn-e2e-')) };
    const first = start(env);
    await first.waitFor('What do you want to learn today?');
    first.write('1');
    await first.waitFor(listed);
    for (let i = 1; i < ipv4; i++) first.write(keys.down);
    await first.waitFor(`› [ ] ${String(ipv4).padStart(2)}. IPv4`);
    first.write(keys.enter);
    await first.waitFor(`IPv4 · lesson ${ipv4} of ${total} · 0%`);
    first.write(keys.pageDown);
    const scrolled = await first.waitFor(new RegExp(`lesson ${ipv4} of ${total} · [1-9]\\d?%`));
    const where = percent(scrolled);
    const firstRows = scrolled.split('\n').slice(1, 6);

    first.write(keys.enter);
    await first.waitFor('Question 1 of 3');
    first.write('d');
    await first.waitFor('› d)');
    first.write(keys.enter);
    await first.waitFor('Right!');
    first.write(keys.escape);
    // The questions show the same status line: wait for the reader's own footer, or q may follow Esc
    // so closely that the two arrive as one Alt+q.
    await first.waitFor(new RegExp(`lesson ${ipv4} of ${total} · ${where}%[\\s\\S]*PgUp/PgDn`));
    first.write('q');
    expect((await first.exited).exitCode).toBe(0);
    expect(first.onMainScreen()).toBe(true);
    expect(first.cursorVisible()).toBe(true);

    const saved = JSON.parse(readFileSync(join(env.XDG_CONFIG_HOME, 'netlearn', 'progress.json'), 'utf8'));
    expect(saved.lessons).toMatchObject({ current: 'ipv4', reading: true, answers: { 'ipv4-bits': 3 } });
    expect(saved.lessons.scroll).toBeGreaterThan(0);

    const second = start(env);
    const resumed = await second.waitFor(`IPv4 · lesson ${ipv4} of ${total} · ${where}%`);
    expect(resumed.split('\n').slice(1, 6)).toEqual(firstRows);
    // All of it fits 60x20: the header on the first row, the footer's last key on screen.
    expect(resumed.split('\n')[0]).toMatch(/^netlearn › Lessons › Lesson +\[EN\]$/);
    expect(resumed).toMatch(/q quit/);
    second.write(keys.escape);
    await second.waitFor(`${ipv4}. IPv4  ● reading`);
    second.write('q');
    expect((await second.exited).exitCode).toBe(0);
  });

  test('the language chosen with Tab is the one the app starts in next time', async () => {
    const env = { XDG_CONFIG_HOME: mkdtempSync(join(tmpdir(), 'netlearn-e2e-')) };
    const first = start(env);
    await first.waitFor('What do you want to learn today?');
    first.write(keys.tab);
    await first.waitFor('[ES]');
    first.write('q');
    await first.exited;

    const second = start(env);
    await second.waitFor('[ES]');
    second.write('q');
    await second.exited;

    const forced = spawn(['--lang', 'en'], { cols: 60, rows: 20, env });
    await forced.waitFor('What do you want to learn today?');
    expect(forced.screen()).toContain('[EN]');
    forced.write('q');
    await forced.exited;
  });

  test('a damaged progress file is moved aside with one warning, and the app starts fresh', async () => {
    const home = mkdtempSync(join(tmpdir(), 'netlearn-e2e-'));
    mkdirSync(join(home, 'netlearn'));
    writeFileSync(join(home, 'netlearn', 'progress.json'), '{oops');
    const session = start({ XDG_CONFIG_HOME: home });
    // Shown in the app at once, on the first screen (the lessons list, 0 done), not only after quitting.
    const first = await session.waitFor('Saved progress was damaged; moved aside');
    expect(first).toContain(`0 of ${total} done`);
    session.write(keys.escape);
    await session.waitFor('What do you want to learn today?');
    session.write('1');
    await session.waitFor(listed);
    expect(session.screen()).not.toContain('Saved progress was damaged');
    session.write('q');
    expect((await session.exited).exitCode).toBe(0);
    expect(readdirSync(join(home, 'netlearn')).some((name) => name.startsWith('progress.json.corrupt-'))).toBe(true);
    expect(session.output()).toContain('netlearn: warning: Saved progress was damaged');
  });
});
