import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { lessonIds } from '../../../src/lessons/lesson-ids.js';
import { cleanEnv, cliPath, runCli } from '../../helpers/cli.js';

/** A config folder of its own, so no test reads or writes the real progress. */
function configHome(progress?: unknown): string {
  const home = mkdtempSync(join(tmpdir(), 'netlearn-cmd-'));
  if (progress !== undefined) {
    mkdirSync(join(home, 'netlearn'));
    writeFileSync(
      join(home, 'netlearn', 'progress.json'),
      typeof progress === 'string' ? progress : JSON.stringify(progress),
    );
  }
  return home;
}

describe('netlearn lessons', () => {
  test('lists every lesson with its id, title and an empty done mark at first', async () => {
    const { code, stdout, stderr } = await runCli(['lessons'], { env: { XDG_CONFIG_HOME: configHome() } });
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.trimEnd().split('\n');
    const files = readdirSync(join(dirname(dirname(cliPath)), 'content', 'en')).filter((name) => name.endsWith('.md'));
    expect(lines).toHaveLength(files.length);
    // Ids are padded to the longest, so titles line up.
    expect(lines[0]).toMatch(/^\[ \] server {2,}Servers$/);
    expect(lines.some((line) => /^\[ \] ipv4 {2,}IPv4$/.test(line))).toBe(true);
    expect(lines[5]).toMatch(/^\[ \] tcp-stream {2,}TCP is a stream of bytes$/);
    expect(new Set(lines.map((line) => line.search(/(?<=^\[.\] \S+ +)\S/))).size).toBe(1);
  });

  test('marks the lessons saved as done', async () => {
    const home = configHome({
      version: 1,
      lessons: { done: ['ipv4', 'server'], answers: {}, scroll: 0 },
      practice: {},
    });
    const { stdout } = await runCli(['lessons'], { env: { XDG_CONFIG_HOME: home } });
    expect(stdout).toMatch(/^\[x\] server {2,}Servers$/m);
    expect(stdout).toMatch(/^\[x\] ipv4 {2,}IPv4$/m);
    expect(stdout).toMatch(/^\[ \] client {2,}Clients$/m);
  });

  test('--json is an array of {id, title, done}', async () => {
    const home = configHome({ version: 1, lessons: { done: ['client'], answers: {}, scroll: 0 }, practice: {} });
    const { code, stdout } = await runCli(['lessons', '--json', '--lang', 'es'], { env: { XDG_CONFIG_HOME: home } });
    expect(code).toBe(0);
    const list = JSON.parse(stdout) as { id: string; title: string; done: boolean }[];
    expect(list).toHaveLength(readdirSync(join(dirname(dirname(cliPath)), 'content', 'es')).length);
    expect(list[0]).toEqual({ id: 'server', title: 'Servidores', done: false });
    expect(list[1]).toEqual({ id: 'client', title: 'Clientes', done: true });
  });

  test('a damaged progress file gives one warning line and is left where it is', async () => {
    const home = configHome('{not json');
    const { code, stdout, stderr } = await runCli(['lessons'], { env: { XDG_CONFIG_HOME: home } });
    expect(code).toBe(0);
    expect(stdout).toContain('[ ] server');
    expect(stderr).toBe('netlearn: warning: Saved progress is damaged and was ignored.\n');
    expect(readdirSync(join(home, 'netlearn'))).toEqual(['progress.json']);
  });

  test('never creates a progress file', async () => {
    const home = configHome();
    await runCli(['lessons'], { env: { XDG_CONFIG_HOME: home } });
    expect(readdirSync(home)).toEqual([]);
  });
});

describe('netlearn lesson <id>', () => {
  test('prints the lesson as plain text: no escape codes when piped, code and tables kept', async () => {
    const { code, stdout } = await runCli(['lesson', 'ipv4'], { env: { XDG_CONFIG_HOME: configHome() } });
    expect(code).toBe(0);
    expect(stdout).not.toContain('\u001B');
    expect(stdout.split('\n')[0]).toBe('IPv4');
    expect(stdout).toContain('   11000000 . 10101000 . 00000001 . 00001010');
    expect(stdout).toContain('range                         | short form');
    expect(stdout).toContain('10.0.0.0 - 10.255.255.255     | 10.0.0.0/8');
    expect(stdout).toContain('Try it\n\nRun `netlearn ip 192.168.1.10` to see each octet in binary.');
    expect(stdout).toContain('1. How long is an IPv4 address, in bits?\n   a) 4 bits, one for each number');
    for (const line of stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  test('the plain lesson says "Try it" once, then names the command first', { timeout: 60_000 }, async () => {
    const env = { XDG_CONFIG_HOME: configHome() };
    const list = JSON.parse((await runCli(['lessons', '--json'], { env })).stdout) as { id: string }[];
    const ids = list.map((lesson) => lesson.id);
    expect(ids).toContain('ipv4');
    for (const lang of ['en', 'es']) {
      for (const id of ids) {
        const { stdout } = await runCli(['lesson', id, '--lang', lang], { env });
        const lines = stdout.split('\n');
        const heading = lines.findIndex((line) => /^(Try it|Probalo)\b/.test(line));
        expect(lines.filter((line) => /^(Try it|Probalo)\b/.test(line))).toHaveLength(1);
        const sentence = expect.stringMatching(/^(Run|Ejecutá|Corré) `netlearn /);
        expect({ id, lang, sentence: lines[heading + 2] }).toMatchObject({ sentence });
      }
    }
    for (const [lang, id, sentence] of [
      ['en', 'ipv4', 'Try it\n\nRun `netlearn ip 192.168.1.10` to see each octet in binary.'],
      ['en', 'server', 'Try it\n\nRun `netlearn demo`. Watch the server side'],
      ['es', 'af-inet', 'Probalo\n\nCorré `netlearn families`. netlearn levanta'],
      ['es', 'client', 'Probalo\n\nCorré `netlearn demo`, agregá un cliente'],
    ] as const) {
      const { stdout } = await runCli(['lesson', id, '--lang', lang], { env });
      expect(stdout).toContain(sentence);
    }
  });

  test("a teacher's edit to content/ shows at once, without a rebuild", async () => {
    const copy = mkdtempSync(join(tmpdir(), 'netlearn-copy-'));
    const checkout = dirname(dirname(cliPath));
    for (const folder of ['dist', 'content']) cpSync(join(checkout, folder), join(copy, folder), { recursive: true });
    const file = join(
      copy,
      'content',
      'en',
      readdirSync(join(copy, 'content', 'en')).find((name) => name.endsWith('-ipv4.md'))!,
    );
    writeFileSync(file, readFileSync(file, 'utf8').replace('is the most common way', 'is the usual way'));
    const cli = join(copy, 'dist', 'cli.cjs');
    const edited = spawnSync(process.execPath, [cli, 'lesson', 'ipv4'], { env: cleanEnv(), encoding: 'utf8' });
    expect(edited.stdout).toContain('IPv4 (Internet Protocol version 4) is the usual way');
    expect(edited.stderr).toBe('');
  });

  test('speaks Spanish with --lang es', async () => {
    const { stdout } = await runCli(['lesson', 'socket', '--lang', 'es'], { env: { XDG_CONFIG_HOME: configHome() } });
    expect(stdout).toContain('Preguntas de repaso');
  });

  test('--json holds the Markdown body and the quiz', async () => {
    const { code, stdout } = await runCli(['lesson', 'ipv4', '--json'], { env: { XDG_CONFIG_HOME: configHome() } });
    expect(code).toBe(0);
    const lesson = JSON.parse(stdout);
    expect(Object.keys(lesson)).toEqual(['id', 'title', 'lang', 'tool', 'body', 'quiz']);
    expect(lesson).toMatchObject({ id: 'ipv4', title: 'IPv4', lang: 'en', tool: 'ip' });
    expect(lesson.body).toMatch(/^# IPv4\n/);
    expect(Object.keys(lesson.quiz[0])).toEqual(['id', 'question', 'options', 'answer', 'explanation']);
    expect(lesson.quiz[0]).toMatchObject({ id: 'ipv4-bits', answer: 3 });
  });

  test('takes the id in any case, the lesson number, or its title in the chosen language', async () => {
    const env = { XDG_CONFIG_HOME: configHome() };
    for (const args of [
      ['lesson', 'IPV4'],
      ['lesson', ' ipv4'],
      ['lesson', String(lessonIds().indexOf('ipv4') + 1)],
    ]) {
      const { code, stdout } = await runCli(args, { env });
      expect(code).toBe(0);
      expect(stdout.split('\n')[0]).toBe('IPv4');
    }
    const spanish = await runCli(['lesson', 'hilos', '--lang', 'es'], { env });
    expect(spanish.code).toBe(0);
    expect(spanish.stdout.split('\n')[0]).toBe('Hilos');
  });

  test('an unknown id exits 2, naming the closest and every known id', async () => {
    const { code, stdout, stderr } = await runCli(['lesson', 'ipv5'], { env: { XDG_CONFIG_HOME: configHome() } });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `netlearn: error: there is no lesson "ipv5". Did you mean ipv4? Lessons: ${lessonIds().join(', ')}.\n`,
    );
  });
});

describe('the plain lesson never sends a learner to the app', () => {
  const env = { XDG_CONFIG_HOME: configHome() };
  const lessons = (lang: string) =>
    JSON.parse(
      spawnSync(process.execPath, [cliPath, 'lessons', '--json', '--lang', lang], {
        env: cleanEnv(env),
      }).stdout.toString(),
    ) as {
      id: string;
    }[];

  test('no lesson prints a key to press or a step that only the app has', { timeout: 120_000 }, async () => {
    for (const lang of ['en', 'es']) {
      for (const { id } of lessons(lang)) {
        const { stdout } = await runCli(['lesson', id, '--lang', lang], { env });
        const where = { id, lang };
        expect({ ...where, press: /press `t`|apretá `t`|in the app|en la app/.test(stdout) }).toEqual({
          ...where,
          press: false,
        });
        expect({ ...where, step: /Change an octet|Cambiá un octeto/.test(stdout) }).toEqual({ ...where, step: false });
      }
    }
  });

  test("every lesson's Try it command runs as printed and exits 0", { timeout: 180_000 }, async () => {
    for (const { id } of lessons('en')) {
      const lesson = JSON.parse((await runCli(['lesson', id, '--json'], { env })).stdout) as { body: string };
      const named = /## Try it\n\n[^`]*`netlearn ([^`]+)`/.exec(lesson.body)![1]!;
      // Shell words: double quotes group, as a shell reads them.
      const words = [...named.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]!);
      const { code } = await runCli(words, { env, timeout: 60_000 });
      expect({ id, named, code }).toEqual({ id, named, code: 0 });
    }
  });
});
