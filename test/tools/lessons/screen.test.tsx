import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/language.js';
import { emptyProgress, type Progress } from '../../../src/progress/progress-data.js';
import { memoryProgressStore, type ProgressStore } from '../../../src/progress/progress-store.js';
import App from '../../../src/app/App.js';
import { ProgressProvider } from '../../../src/ui/progress-context.js';
import { loadLessons } from '../../../src/lessons/load-lessons.js';
import { keys } from '../../helpers/keys.js';
import { press, renderApp, waitForFrame, type Rendered } from '../../helpers/render.js';

afterEach(cleanup);

/** The lessons as the content folder orders them: numbers and counts come from there. */
const enLessons = loadLessons('en');
const total = enLessons.length;
const n = (id: string) => enLessons.findIndex((lesson) => lesson.id === id) + 1;
/** A lesson's number as the list prints it, right-aligned in two columns. */
const row = (id: string) => String(n(id)).padStart(2);

/** The app with a progress store the test can look into. */
function renderWithProgress(
  screen: string,
  options: { lang?: Lang; payload?: unknown; progress?: Progress; size?: { columns: number; rows: number } } = {},
): { rendered: Rendered; store: ProgressStore } {
  const store = memoryProgressStore(options.progress ?? emptyProgress());
  const rendered = render(
    <ProgressProvider store={store}>
      <App initialLang={options.lang ?? 'en'} initialPlace={{ screen, payload: options.payload }} />
    </ProgressProvider>,
  );
  if (options.size) resize(rendered, options.size.columns, options.size.rows);
  return { rendered, store };
}

function resize(rendered: Rendered, columns: number, rows: number) {
  Object.defineProperty(rendered.stdout, 'columns', { get: () => columns, configurable: true });
  Object.defineProperty(rendered.stdout, 'rows', { get: () => rows, configurable: true });
  rendered.stdout.emit('resize');
}

const bodyLines = (frame: string) => frame.split('\n').slice(1);

describe('the lessons list', () => {
  test('lists every lesson with done marks, and Enter opens the selected one', async () => {
    const { rendered } = renderWithProgress('lessons', {
      progress: { ...emptyProgress(), lessons: { ...emptyProgress().lessons, done: ['server'] } },
    });
    const frame = await waitForFrame(rendered, `${n('af-inet')}. AF_INET`);
    expect(frame).toContain(`1 of ${total} done`);
    expect(frame).toContain(`[x] ${row('server')}. Servers`);
    expect(frame).toContain(`[ ] ${row('client')}. Clients`);
    await press(rendered, keys.down, `› [ ] ${row('client')}. Clients`);
    await press(rendered, keys.enter, `Clients · lesson ${n('client')} of ${total}`);
  });

  test('highlights the lesson being read and starts the cursor on it', async () => {
    const progress = emptyProgress();
    progress.lessons.current = 'ipv4';
    const { rendered } = renderWithProgress('lessons', { progress });
    const frame = await waitForFrame(rendered, '● reading');
    expect(frame).toContain(`› [ ] ${row('ipv4')}. IPv4  ● reading`);
  });

  test('reset progress asks first; n keeps everything, y clears it', async () => {
    const progress = emptyProgress();
    progress.lessons.done = ['server', 'client'];
    progress.lessons.answers = { 'server-job': 1 };
    const { rendered, store } = renderWithProgress('lessons', { progress });
    await waitForFrame(rendered, `2 of ${total} done`);
    await press(rendered, 'R', 'Forget every done mark and answer? y/n');
    await press(rendered, 'n', (frame) => !frame.includes('Forget every'));
    expect(store.get().lessons.done).toEqual(['server', 'client']);
    await press(rendered, 'R', 'Forget every done mark');
    await press(rendered, 'y', 'Progress cleared.');
    expect(store.get().lessons).toEqual(emptyProgress().lessons);
    expect(rendered.lastFrame()).toContain(`0 of ${total} done`);
  });

  test('in Spanish the reset question says s/n, and s (sí) clears', async () => {
    const progress = emptyProgress();
    progress.lessons.done = ['server'];
    const { rendered, store } = renderWithProgress('lessons', { progress, lang: 'es' });
    await waitForFrame(rendered, `1 de ${total}`);
    const asked = await press(rendered, 'R', '¿Borrar todas las marcas y respuestas? s/n');
    expect(asked).not.toContain('y (sí)');
    expect(asked).toContain('s sí');
    await press(rendered, 's', 'Progreso borrado.');
    expect(store.get().lessons.done).toEqual([]);
  });
});

describe('the lesson reader', () => {
  test('shows the lesson rendered, and scrolls with the arrows and the page keys', async () => {
    const mounted = renderApp('lesson', { payload: { id: 'ipv4' } });
    const first = await waitForFrame(mounted, `IPv4 · lesson ${n('ipv4')} of ${total} · 0%`);
    expect(bodyLines(first)[0]).toBe(' IPv4');
    const scrolled = await press(mounted, keys.down, (frame) => bodyLines(frame)[0] !== ' IPv4');
    expect(bodyLines(scrolled)[0]!.trim()).toBe('');
    await press(mounted, keys.pageDown, (frame) =>
      new RegExp(`IPv4 · lesson ${n('ipv4')} of ${total} · [1-9]\\d?%`).test(frame),
    );
    await press(mounted, keys.space, /· [1-9]\d?%|· 100%/);
    await press(mounted, keys.pageUp, /· [1-9]\d?%/);
    // Two pages back from one line and two pages down: the first line, then the top.
    await press(mounted, keys.pageUp, (frame) => /· [0-9]%/.test(frame));
    await press(mounted, keys.up, '· 0%');
  });

  test('n and p move to the next and previous lesson', async () => {
    const mounted = renderApp('lesson', { payload: { id: 'ipv4' } });
    await waitForFrame(mounted, `lesson ${n('ipv4')} of ${total}`);
    const next = enLessons[n('ipv4')]!;
    await press(mounted, 'n', `${next.title} · lesson ${n(next.id)} of ${total}`);
    await press(mounted, 'p', `IPv4 · lesson ${n('ipv4')} of ${total}`);
    await press(mounted, 'p', `The address tuple · lesson ${n('address-tuple')} of ${total}`);
  });

  test('search counts matches, and a hit line is cut around the match at 60 columns (es: coincidencias)', async () => {
    const { rendered } = renderWithProgress('lesson', {
      payload: { id: 'server' },
      lang: 'es',
      size: { columns: 60, rows: 20 },
    });
    await waitForFrame(rendered, `lección ${n('server')} de ${total}`);
    await press(rendered, '/', 'Escribí una palabra');
    const frame = await press(rendered, 'efimero', /\d+ coincidencias/);
    expect(frame).toMatch(/› La tupla de dirección: …[^\n]* puerto efímero\. Cada/);
    for (const line of frame.split('\n')) expect(line.length).toBeLessThanOrEqual(60);
    const english = renderApp('lesson', { payload: { id: 'server' } });
    await waitForFrame(english, `lesson ${n('server')} of ${total}`);
    await press(english, '/', 'Type a word');
    await press(english, 'Mojibake', /\d+ match(es)?\n/);
  });

  test('in Spanish the footer names the space bar Espacio', async () => {
    const mounted = renderApp('lesson', { lang: 'es', payload: { id: 'server' } });
    const frame = await waitForFrame(mounted, /lección 1 de \d+/);
    expect(frame).toContain('PgUp/PgDn/Espacio');
    expect(frame).not.toContain('Space');
  });

  test('the footer names Space and Home/End, and End goes to the end of the lesson', async () => {
    const { rendered } = renderWithProgress('lesson', { payload: { id: 'server' }, size: { columns: 60, rows: 20 } });
    const frame = await waitForFrame(
      rendered,
      (f) => f.includes(`lesson ${n('server')} of ${total} · 0%`) && f.split('\n').every((line) => line.length <= 60),
    );
    expect(frame).toContain('PgUp/PgDn/Space page');
    expect(frame).toContain('Home/End top/end');
    expect(frame).toContain('Esc back');
    await press(rendered, keys.end, `lesson ${n('server')} of ${total} · 100%`);
    await press(rendered, keys.home, `lesson ${n('server')} of ${total} · 0%`);
  });

  test('check questions: choose with letters, numbers or arrows (labels a) b) as in the plain lesson), Enter answers, feedback and explanation at once', async () => {
    const { rendered, store } = renderWithProgress('lesson', { payload: { id: 'server' } });
    await waitForFrame(rendered, `lesson ${n('server')} of ${total}`);
    await press(rendered, keys.enter, 'Question 1 of 2');
    await press(rendered, 'a', '› a)');
    const wrong = await press(rendered, keys.enter, 'Not quite. The right answer: b)');
    expect(wrong).toContain('✗ a)');
    expect(store.get().lessons.done).toEqual([]);
    await press(rendered, keys.down, '› b)');
    const right = await press(rendered, keys.enter, 'Right!');
    expect(right).toContain('✓ b)');
    expect(store.get().lessons.answers['server-job']).toBe(1);
    await press(rendered, keys.enter, 'Question 2 of 2');
    await press(rendered, '1', '› a)');
    await press(rendered, keys.enter, '1 of 2 right on the first try. Lesson done: n for the next lesson.');
    expect(store.get().lessons).toMatchObject({ done: ['server'], firstAnswers: { 'server-job': 0 } });
    await press(rendered, keys.escape, `✓ Servers · lesson ${n('server')} of ${total}`);
  });

  test('a lesson read to the end and then marked done still reads 100%', async () => {
    const { rendered } = renderWithProgress('lesson', { payload: { id: 'server' }, size: { columns: 60, rows: 20 } });
    await waitForFrame(
      rendered,
      (f) => f.includes(`lesson ${n('server')} of ${total} · 0%`) && f.split('\n').every((line) => line.length <= 60),
    );
    await press(rendered, keys.end, `lesson ${n('server')} of ${total} · 100%`);
    await press(rendered, keys.enter, 'Question 1 of 2');
    await press(rendered, 'b', '› b)');
    await press(rendered, keys.enter, 'Right!');
    await press(rendered, keys.enter, 'Question 2 of 2');
    await press(rendered, 'a', '› a)');
    await press(rendered, keys.enter, 'Lesson done');
    const frame = await press(rendered, keys.escape, (f) => f.includes('✓ Servers') && !f.includes('Right!'));
    expect(frame).toContain(`lesson ${n('server')} of ${total} · 100%`);
  });

  test('the last answer closes with a summary; r goes back to the question missed', async () => {
    const { rendered, store } = renderWithProgress('lesson', { payload: { id: 'server' } });
    await waitForFrame(rendered, `lesson ${n('server')} of ${total}`);
    await press(rendered, keys.enter, 'Question 1 of 2');
    await press(rendered, 'a', '› a)');
    await press(rendered, keys.enter, 'Not quite.');
    await press(rendered, keys.right, 'Question 2 of 2');
    await press(rendered, 'a', '› a)');
    const summary = await press(rendered, keys.enter, /1 of 2 right on the first try\. r: retry the ones you missed/);
    expect(summary).toContain('A lesson counts as done once every one of its questions is answered right.');
    expect(summary).toContain('r retry missed');
    expect(store.get().lessons.done).toEqual([]);
    await press(rendered, 'r', 'Question 1 of 2');
  });

  test('Tab shows the same lesson, at the same place, in Spanish', async () => {
    const mounted = renderApp('lesson', { payload: { id: 'port' } });
    await waitForFrame(mounted, `Ports · lesson ${n('port')} of ${total}`);
    await press(mounted, keys.tab, `Puertos · lección ${n('port')} de ${total}`);
  });

  test("Try it opens the lesson's tool, and Esc comes back to the same place", async () => {
    const { rendered, store } = renderWithProgress('lessons');
    await waitForFrame(rendered, `${n('ipv4')}. IPv4`);
    for (let i = 1; i < n('ipv4'); i++) rendered.stdin.write(keys.down);
    await waitForFrame(rendered, `› [ ] ${row('ipv4')}. IPv4`);
    await press(rendered, keys.enter, `IPv4 · lesson ${n('ipv4')} of ${total} · 0%`);
    await press(rendered, keys.pageDown, (frame) => !frame.includes('· 0%'));
    // n walks on, lesson by lesson, to Ports.
    for (let i = n('ipv4') + 1; i < n('port'); i++)
      await press(rendered, 'n', `${enLessons[i - 1]!.title} · lesson ${i} of ${total} · 0%`);
    await press(rendered, 'n', `Ports · lesson ${n('port')} of ${total} · 0%`);
    await press(rendered, keys.down, (frame) => store.get().lessons.scroll === 1 && !frame.includes('· 0%'));
    const before = bodyLines(rendered.lastFrame()!).slice(0, 5);
    await press(rendered, 't', 'Lessons › Lesson › Ports');
    const back = await press(rendered, keys.escape, `Ports · lesson ${n('port')} of ${total}`);
    expect(bodyLines(back).slice(0, 5)).toEqual(before);
    expect(store.get().lessons).toMatchObject({ current: 'port', scroll: 1, reading: true });
    await press(rendered, keys.escape, `${n('port')}. Ports  ● reading`);
    expect(store.get().lessons.reading).toBe(false);
  });

  test('an app started with the reader open resumes at the saved lesson and scroll', async () => {
    const progress = emptyProgress();
    progress.lessons = { ...progress.lessons, current: 'utf8', scroll: 6, reading: true };
    const { rendered } = renderWithProgress('lessons', { payload: { resume: true }, progress });
    const frame = await waitForFrame(rendered, `UTF-8 · lesson ${n('utf8')} of ${total}`);
    expect(frame).not.toContain('· 0%');
    await press(rendered, keys.escape, `${n('utf8')}. UTF-8  ● reading`);
  });

  test('fits a 60x20 terminal: header, text, status and footer all on screen', async () => {
    const { rendered } = renderWithProgress('lesson', { payload: { id: 'analogy' }, size: { columns: 60, rows: 20 } });
    const frame = await waitForFrame(
      rendered,
      (f) => f.includes(`lesson ${n('analogy')} of ${total}`) && f.split('\n').every((line) => line.length <= 60),
    );
    const lines = frame.split('\n');
    expect(lines.length).toBeLessThanOrEqual(19);
    expect(lines[0]).toMatch(/^netlearn › Lesson +\[EN\]$/);
    expect(frame).toContain('q quit');
    await press(rendered, keys.enter, 'Question 1 of 2');
    const quiz = await press(rendered, keys.enter, /Right!|Not quite/);
    for (const line of quiz.split('\n')) expect(line.length).toBeLessThanOrEqual(60);
    expect(quiz.split('\n').length).toBeLessThanOrEqual(19);
    expect(quiz).toContain('q quit');
  });

  test('on a small screen, PgUp brings the question back into view after the explanation pushed it up', async () => {
    const { rendered } = renderWithProgress('lesson', { payload: { id: 'analogy' }, size: { columns: 60, rows: 20 } });
    await waitForFrame(rendered, `lesson ${n('analogy')} of ${total}`);
    await press(rendered, keys.enter, 'Question 1 of 2');
    const answered = await press(rendered, keys.enter, 'Not quite');
    expect(answered).not.toContain('Question 1 of 2');
    await press(rendered, keys.pageUp, 'Question 1 of 2');
    await press(rendered, keys.pageDown, (frame) => frame.includes('Not quite') && !frame.includes('Question 1 of 2'));
  });
});
