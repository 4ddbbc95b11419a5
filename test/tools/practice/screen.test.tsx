import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { keys } from '../../helpers/keys.js';
import { press, renderApp, waitForFrame } from '../../helpers/render.js';

afterEach(cleanup);

describe('the Practice screen', () => {
  it('lists the topics, the mix first', async () => {
    const r = renderApp('practice');
    const frame = await waitForFrame(r, 'Choose what to practise:');
    expect(frame).toContain('› 0 A mix of everything');
    expect(frame).toContain('1 Address to binary');
    expect(frame).toContain('7 Ephemeral ports in tuples');
  });

  it('asks a question, judges the answer and shows the worked solution', async () => {
    const r = renderApp('practice');
    await waitForFrame(r, 'Choose what to practise:');
    await press(r, '2', 'Which address do these bits spell?');
    // Text and Enter in one chunk, as a paste brings them: the field submits what it holds.
    const frame = await press(r, '1.2.3.4\r', /^\s*(Right|Wrong, expected .*)$/m);
    expect(frame).toContain('› 1.2.3.4');
    if (frame.includes('Wrong')) expect(frame).toContain('128 64 32 16 8 4 2 1');
    expect(frame).toContain('Enter: next question');
    expect(frame).toMatch(/Streak \d+ \(best \d+\)/);
    await press(r, keys.enter, 'Which address do these bits spell?');
  });

  it('opens on the topic it was given', async () => {
    const r = renderApp('practice', { payload: { topic: 'port' } });
    const frame = await waitForFrame(r, /Which range is port \d+ in\?/);
    expect(frame).toContain('↑↓ 1-3 choose');
    expect(frame).toMatch(/› 1 well-known/);
    // A digit moves the cursor; Enter confirms, as in a lesson's questions.
    const pointed = await press(r, '2', /› 2 registered/);
    expect(pointed).not.toMatch(/^\s*(Right|Wrong, expected .*)$/m);
    const judged = await press(r, keys.enter, /^\s*(Right|Wrong, expected .*)$/m);
    expect(judged).toMatch(/✓ \d (well-known|registered|dynamic)/);
    expect(judged).toContain('0-1023 well-known');
  });

  it('Tab shows the lesson question, its options and the feedback in the other language', async () => {
    const r = renderApp('practice', { payload: { topic: 'lessons' } });
    await waitForFrame(r, /a-[cd] choose/);
    await press(r, 'b', /› b\)/);
    const english = await press(r, keys.enter, /^\s*(Right|Wrong, expected [a-d]\) .*)$/m);
    const spanish = await press(r, keys.tab, /^\s*(Correcto|Incorrecto, era [a-d]\) .*)$/m);
    expect(spanish).not.toBe(english);
    expect(spanish).toContain('Caja de Leitner');
  });

  it('a lesson question shows its options a) b) c) as the lesson does: a letter picks, Enter answers', async () => {
    const r = renderApp('practice', { payload: { topic: 'lessons' } });
    const frame = await waitForFrame(r, /a-[cd] choose/);
    expect(frame).toMatch(/^\s*› a\) /m);
    expect(frame).toMatch(/^\s*b\) /m);
    await press(r, 'b', /^\s*› b\) /m);
    // The verdict stands on its own line: a question's text may itself say "right".
    const judged = await press(r, keys.enter, /^\s*(Right|Wrong, expected [a-d]\) .*)$/m);
    expect(judged).toMatch(/^\s*[✓✗] b\) /m);
  });

  it('typing q answers, it does not quit', async () => {
    const r = renderApp('practice', { payload: { topic: 'binary' } });
    await waitForFrame(r, 'in binary');
    await press(r, 'q', '› q');
  });

  it('reset asks first, and n keeps everything', async () => {
    const r = renderApp('practice');
    await waitForFrame(r, 'Choose what to practise:');
    await press(r, 'r', 'Reset all practice progress');
    await press(r, 'n', (frame) => !frame.includes('Reset all practice progress'));
    await press(r, 'r', 'Reset all practice progress');
    await press(r, 'y', 'Progress reset.');
  });

  it('in Spanish the reset question says s/n, and s (sí) resets', async () => {
    const r = renderApp('practice', { lang: 'es' });
    await waitForFrame(r, 'Elegí qué practicar:');
    const asked = await press(r, 'r', '¿Borrar todo el progreso de práctica');
    expect(asked).toContain('s/n');
    await press(r, 's', 'Progreso borrado.');
  });

  it('Spanish', async () => {
    const r = renderApp('practice', { lang: 'es' });
    const frame = await waitForFrame(r, 'Elegí qué practicar:');
    expect(frame).toContain('0 Una mezcla de todo');
  });
});
