import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { lessonIds } from '../../src/lessons/lesson-ids.js';
import { emptyProgress, progressFromJson } from '../../src/progress/progress-data.js';
import { openProgressStore, progressFile, readProgress } from '../../src/progress/progress-store.js';
import { progressWarning } from '../../src/progress/progress-warning.js';
import { dictionary } from '../../src/i18n/dictionaries.js';

const configHome = () => mkdtempSync(join(tmpdir(), 'netlearn-progress-'));

describe('the progress store', () => {
  test('lives in netlearn/progress.json under XDG_CONFIG_HOME', () => {
    expect(progressFile({ XDG_CONFIG_HOME: '/tmp/cfg' })).toBe('/tmp/cfg/netlearn/progress.json');
  });

  test('starts fresh when nothing was saved yet, and writes nothing until something changes', () => {
    const home = configHome();
    const store = openProgressStore({ XDG_CONFIG_HOME: home }, { lessonIds: lessonIds() });
    expect(store.get()).toEqual(emptyProgress());
    expect(store.problem()).toBeUndefined();
    expect(readdirSync(home)).toEqual([]);
  });

  test('saves each change atomically: the whole file, and no temporary file left behind', () => {
    const home = configHome();
    const store = openProgressStore({ XDG_CONFIG_HOME: home }, { lessonIds: lessonIds() });
    store.update((p) => ({
      ...p,
      lang: 'es',
      lessons: { ...p.lessons, current: 'ipv4', scroll: 12, done: ['server'], answers: { 'ipv4-bits': 2 } },
    }));
    expect(readdirSync(join(home, 'netlearn'))).toEqual(['progress.json']);
    const saved = JSON.parse(readFileSync(join(home, 'netlearn', 'progress.json'), 'utf8'));
    expect(saved).toEqual({
      version: 1,
      lang: 'es',
      lessons: { current: 'ipv4', scroll: 12, reading: false, done: ['server'], answers: { 'ipv4-bits': 2 } },
      practice: {},
    });
  });

  test('resumes what an earlier run saved', () => {
    const home = configHome();
    openProgressStore({ XDG_CONFIG_HOME: home }, { lessonIds: lessonIds() }).update((p) => ({
      ...p,
      lessons: { ...p.lessons, current: 'port', scroll: 30, reading: true },
    }));
    const again = openProgressStore({ XDG_CONFIG_HOME: home }, { lessonIds: lessonIds() });
    expect(again.get().lessons).toMatchObject({ current: 'port', scroll: 30, reading: true });
  });

  test('remembers the address of my server, and drops one that could not have been typed', () => {
    const saved = (myServer: unknown) => progressFromJson({ version: 1, myServer }, lessonIds())!.myServer;
    expect(saved({ host: '192.168.0.10', port: 6000 })).toEqual({ host: '192.168.0.10', port: 6000 });
    expect(saved({ host: '192.168.0.10', port: 70_000 })).toBeUndefined();
    expect(saved({ host: 'evil\u001b[2J', port: 5050 })).toBeUndefined();
    expect(saved({ host: '', port: 5050 })).toBeUndefined();
  });

  test('keeps the practice section as another part of the app left it', () => {
    const home = configHome();
    const store = openProgressStore({ XDG_CONFIG_HOME: home }, { lessonIds: lessonIds() });
    store.update((p) => ({ ...p, practice: { binary: { box: 3 } } }));
    expect(openProgressStore({ XDG_CONFIG_HOME: home }, { lessonIds: lessonIds() }).get().practice).toEqual({
      binary: { box: 3 },
    });
  });

  test('moves a damaged file aside with a warning and starts fresh', () => {
    const home = configHome();
    mkdirSync(join(home, 'netlearn'));
    writeFileSync(join(home, 'netlearn', 'progress.json'), '{"version": 1, "lessons": ');
    const store = openProgressStore({ XDG_CONFIG_HOME: home }, { lessonIds: lessonIds() });
    expect(store.get()).toEqual(emptyProgress());
    const problem = store.problem();
    expect(problem?.kind).toBe('corrupt');
    const names = readdirSync(join(home, 'netlearn'));
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^progress\.json\.corrupt-\d{8}T\d{6}Z$/);
    expect(readFileSync(join(home, 'netlearn', names[0]!), 'utf8')).toBe('{"version": 1, "lessons": ');
    expect(progressWarning(problem!, dictionary('en'))).toBe(
      `Saved progress was damaged; moved aside to ${join(home, 'netlearn', names[0]!)}. Starting fresh.`,
    );
    store.update((p) => ({ ...p, lang: 'en' }));
    expect(readdirSync(join(home, 'netlearn')).sort()).toEqual([names[0], 'progress.json'].sort());
  });

  test('treats valid JSON that is not netlearn progress as damaged', () => {
    const home = configHome();
    mkdirSync(join(home, 'netlearn'));
    writeFileSync(join(home, 'netlearn', 'progress.json'), '[1, 2, 3]');
    expect(
      readProgress(join(home, 'netlearn', 'progress.json'), { moveAside: false, lessonIds: lessonIds() }).problem,
    ).toEqual({
      kind: 'corrupt',
      file: join(home, 'netlearn', 'progress.json'),
    });
  });

  test('an unwritable folder gives one warning and the app works on without saving', () => {
    const home = configHome();
    writeFileSync(join(home, 'netlearn'), 'a file where the folder should be');
    const store = openProgressStore({ XDG_CONFIG_HOME: home }, { lessonIds: lessonIds() });
    let calls = 0;
    store.subscribe(() => calls++);
    store.update((p) => ({ ...p, lessons: { ...p.lessons, current: 'ipv4' } }));
    store.update((p) => ({ ...p, lessons: { ...p.lessons, scroll: 4 } }));
    expect(store.get().lessons).toMatchObject({ current: 'ipv4', scroll: 4 });
    expect(calls).toBe(2);
    expect(store.problem()).toMatchObject({ kind: 'unwritable', reason: expect.stringMatching(/ENOTDIR|EEXIST/) });
    expect(progressWarning(store.problem()!, dictionary('es'))).toMatch(
      /^No puedo guardar el progreso en .*; sigo sin guardar\.$/,
    );
  });

  test('drops fields that make no sense and keeps the rest', () => {
    expect(
      progressFromJson(
        {
          version: 1,
          lang: 'fr',
          lessons: {
            current: 'nope',
            scroll: -3,
            reading: true,
            done: ['ipv4', 'ipv4', 'bogus', 7],
            answers: { a: 1, b: 'x', c: -1 },
          },
        },
        ['server', 'ipv4'],
      ),
    ).toEqual({ version: 1, lessons: { scroll: 0, reading: false, done: ['ipv4'], answers: { a: 1 } }, practice: {} });
    expect(progressFromJson({ version: 2 }, ['ipv4'])).toBeUndefined();
  });

  test('remembers a theme it knows and forgets one it does not', () => {
    expect(progressFromJson({ version: 1, theme: 'high-contrast' }, [])?.theme).toBe('high-contrast');
    expect(progressFromJson({ version: 1, theme: 'neon' }, [])).toEqual(emptyProgress());
    expect(progressFromJson({ version: 1, theme: 3 }, [])).toEqual(emptyProgress());
  });
});
