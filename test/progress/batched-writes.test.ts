import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { lessonIds } from '../../src/lessons/lesson-ids.js';
import { progressFromJson, type Progress } from '../../src/progress/progress-data.js';
import { openProgressStore, writeProgress, type ProgressStore } from '../../src/progress/progress-store.js';

const configHome = () => mkdtempSync(join(tmpdir(), 'netlearn-batch-'));
const savedFile = (home: string) => join(home, 'netlearn', 'progress.json');
const scrollTo = (store: ProgressStore, scroll: number) =>
  store.update((p) => ({ ...p, lessons: { ...p.lessons, scroll } }));

/** A store on a fresh folder whose every write is also noted: the scroll position it wrote. */
function countedStore(): { store: ProgressStore; writes: number[]; home: string } {
  const home = configHome();
  const writes: number[] = [];
  const write = (file: string, progress: Progress) => {
    writes.push(progress.lessons.scroll);
    writeProgress(file, progress);
  };
  return { store: openProgressStore({ XDG_CONFIG_HOME: home }, { write, lessonIds: ['ipv4'] }), writes, home };
}

describe('progress writes are batched', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  test('a burst of 100 scroll keys writes the first at once and the other 99 in one write a second later', () => {
    vi.useFakeTimers();
    const { store, writes, home } = countedStore();
    scrollTo(store, 1);
    expect(writes).toEqual([1]);
    for (let scroll = 2; scroll <= 100; scroll++) {
      vi.advanceTimersByTime(5);
      scrollTo(store, scroll);
    }
    expect(writes).toEqual([1]);
    expect(store.get().lessons.scroll).toBe(100);
    vi.advanceTimersByTime(1000);
    expect(writes).toEqual([1, 100]);
    expect(JSON.parse(readFileSync(savedFile(home), 'utf8')).lessons.scroll).toBe(100);
    vi.advanceTimersByTime(10_000);
    expect(writes).toEqual([1, 100]);
  });

  test('ten seconds of steady scrolling write about once a second, never more', () => {
    vi.useFakeTimers();
    const { store, writes } = countedStore();
    for (let scroll = 1; scroll <= 200; scroll++) {
      scrollTo(store, scroll);
      vi.advanceTimersByTime(50);
    }
    vi.advanceTimersByTime(1000);
    expect(writes.length).toBeGreaterThanOrEqual(10);
    expect(writes.length).toBeLessThanOrEqual(11);
    expect(writes.at(-1)).toBe(200);
  });

  test('flush writes the waiting position at once, and leaves no exit hook behind', () => {
    const exitHooks = process.listenerCount('exit');
    const { store, writes, home } = countedStore();
    scrollTo(store, 1);
    scrollTo(store, 2);
    scrollTo(store, 3);
    expect(writes).toEqual([1]);
    expect(process.listenerCount('exit')).toBe(exitHooks + 1);
    store.flush();
    expect(writes).toEqual([1, 3]);
    expect(JSON.parse(readFileSync(savedFile(home), 'utf8')).lessons.scroll).toBe(3);
    expect(process.listenerCount('exit')).toBe(exitHooks);
    store.flush();
    expect(writes).toEqual([1, 3]);
  });
});

/** A node program that opens the store and scrolls, as the app would; built once from this source. */
const childSource = `
import { openProgressStore } from '../../src/progress/progress-store.js';
const store = openProgressStore(process.env, { lessonIds: ['ipv4'] });
const scrollTo = (scroll) => store.update((p) => ({ ...p, lessons: { ...p.lessons, current: 'ipv4', scroll } }));
const mode = process.argv[2];
if (mode === 'exit' || mode === 'end') {
  for (let scroll = 1; scroll <= 30; scroll++) scrollTo(scroll);
  if (mode === 'exit') process.exit(0);
} else {
  let scroll = 0;
  setInterval(() => {
    scrollTo(++scroll);
    if (scroll % 10 === 0) process.stdout.write(scroll + '\\n');
  }, 2);
}
`;

let childScript: string | undefined;
function buildChild(): string {
  if (childScript) return childScript;
  const outfile = join(mkdtempSync(join(tmpdir(), 'netlearn-child-')), 'scroller.mjs');
  buildSync({
    stdin: { contents: childSource, resolveDir: import.meta.dirname, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'error',
  });
  childScript = outfile;
  return outfile;
}

function savedScroll(home: string): number {
  const progress = progressFromJson(JSON.parse(readFileSync(savedFile(home), 'utf8')), lessonIds());
  if (!progress) throw new Error('the saved file is not netlearn progress');
  return progress.lessons.scroll;
}

describe('progress survives the end of the process', () => {
  test.each(['exit', 'end'])('a program that scrolls, then ends (%s), leaves the last position saved', async (mode) => {
    const home = configHome();
    const child = spawn(process.execPath, [buildChild(), mode], { env: { ...process.env, XDG_CONFIG_HOME: home } });
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    expect(savedScroll(home)).toBe(30);
  });

  test('SIGKILL mid-scroll leaves a whole file, holding a position from the last two seconds', async () => {
    const home = configHome();
    const child = spawn(process.execPath, [buildChild(), 'stream'], { env: { ...process.env, XDG_CONFIG_HOME: home } });
    const seen: { at: number; scroll: number }[] = [];
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (text: string) => {
      for (const line of text.split('\n')) if (line) seen.push({ at: Date.now(), scroll: Number(line) });
    });
    await vi.waitFor(() => expect(seen.length).toBeGreaterThan(0), { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const killedAt = Date.now();
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    // The child had reached this position more than two seconds before it died: it must be saved.
    const olderThanTwoSeconds = seen.filter((report) => report.at <= killedAt - 2000).at(-1)?.scroll ?? 0;
    expect(olderThanTwoSeconds).toBeGreaterThan(0);
    expect(savedScroll(home)).toBeGreaterThanOrEqual(olderThanTwoSeconds);
  });
});
