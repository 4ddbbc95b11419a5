import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import type { RaceOptions } from '../../../src/threads/race.js';
import { keys } from '../../helpers/keys.js';
import { press, renderApp, resize, strayIndentRows, waitForFrame } from '../../helpers/render.js';

afterEach(cleanup);

/** Presses → until the step counter reads `step`. */
async function stepTo(rendered: ReturnType<typeof renderApp>, step: number, total: number, lang: 'en' | 'es' = 'en') {
  const word = lang === 'en' ? 'Step' : 'Paso';
  const of = lang === 'en' ? 'of' : 'de';
  let frame = '';
  for (let n = 1; n <= step; n++) frame = await press(rendered, keys.right, `${word} ${n} ${of} ${total}`);
  return frame;
}

describe('threads screen, slow motion', () => {
  it('opens on step 0 with the Python beside, and no thread started', async () => {
    const rendered = renderApp('threads');
    const frame = await waitForFrame(rendered, 'Slow motion: two threads each add 1 to count');
    expect(frame).toContain('value = value + 1   # add');
    expect(frame).toContain('count = 0 · Step 0 of 6');
    expect(frame).toContain('count starts at 0');
    expect(frame).not.toContain('4 threads × 500,000');
  });

  it('steps through the race: both read 0, and the second write marks the first update as lost', async () => {
    const rendered = renderApp('threads');
    await waitForFrame(rendered, 'Step 0 of 6');
    let frame = await stepTo(rendered, 2, 6);
    expect(frame).toContain('The OS pauses A and runs B. B reads count into its own variable: value = 0.');
    expect(frame).toMatch(/B▶A? +value = count/);
    const write = await press(rendered, keys.right, 'Step 3 of 6');
    expect(write).toContain('count in memory is still 0');
    await press(rendered, keys.right, 'Step 4 of 6');
    await press(rendered, keys.right, 'Step 5 of 6');
    frame = await press(rendered, keys.right, 'Step 6 of 6');
    expect(frame).toContain("A's addition is overwritten.");
    expect(frame).toContain("✗ A's update lost");
    expect(frame).toContain('count = 1');
    await press(rendered, keys.right, 'Both threads added 1, yet count = 1.');
    await press(rendered, keys.left, 'Step 6 of 6');
  });

  it('with the lock (l), B waits while A holds it, and the count ends exact', async () => {
    const rendered = renderApp('threads', { lang: 'es' });
    await waitForFrame(rendered, 'Paso 0 de 6');
    await press(rendered, 'l', 'with lock:');
    const frame = await stepTo(rendered, 2, 11, 'es');
    expect(frame).toContain('hilo B  value = —  espera el lock');
    expect(frame).toContain('hilo A  value = —  tiene el lock');
    expect(frame).toMatch(/B…A? +with lock:/);
    for (let n = 3; n <= 11; n++) await press(rendered, keys.right, `Paso ${n} de 11`);
    const end = await press(rendered, keys.right, 'count = 2: exacto.');
    expect(end).not.toContain('se perdió');
  });

  it('auto plays the steps by itself at the pace chosen', async () => {
    const rendered = renderApp('threads');
    await waitForFrame(rendered, 'Step 0 of 6');
    rendered.stdin.write('a');
    await waitForFrame(rendered, 'auto: a step every 1 s');
    await press(rendered, '+', 'auto: a step every 0.5 s');
    await waitForFrame(rendered, 'Both threads added 1, yet count = 1.', 10_000);
  });

  it('Tab switches the whole replay to Spanish, code comments included', async () => {
    const rendered = renderApp('threads');
    await stepTo(rendered, 1, 6);
    const frame = await press(rendered, keys.tab, 'Paso 1 de 6');
    expect(frame).toContain('# sumar');
    expect(frame).toContain('A lee count en su propia variable: value = 0.');
    expect(frame).not.toMatch(/Step|reads count/);
  });
});

describe('threads screen, at full speed (f)', () => {
  it('runs the race, then the lock, exact, and ties it to the lesson', async () => {
    const rendered = renderApp('threads');
    await waitForFrame(rendered, 'Slow motion');
    await press(rendered, 'f', '4 threads × 500,000 additions');
    const frame = await waitForFrame(rendered, /With a lock +got 2,000,000 +exact/, 20_000);
    expect(frame).toMatch(/Without a lock +got [\d,]+/);
    expect(frame).toMatch(/thread 4 +█+/);
    expect(frame).toContain('Node serves many sockets from one thread');
  });

  it('runs again with r, and s goes back to slow motion', async () => {
    const rendered = renderApp('threads', { lang: 'es' });
    await waitForFrame(rendered, 'cámara lenta');
    await press(rendered, 'f', 'Corriendo…');
    await waitForFrame(rendered, /Con lock +dio 2\.000\.000 +exacto/, 20_000);
    await press(rendered, 'r', 'Corriendo…');
    await waitForFrame(rendered, /Con lock +dio 2\.000\.000 +exacto/, 20_000);
    await press(rendered, 's', 'Paso 0 de 6');
  });

  it('no wrapped row of the notes starts with a space, at widths where a word exactly fills a row', async () => {
    for (const [lang, columns] of [
      ['en', 62],
      ['en', 79],
      ['es', 61],
      ['es', 64],
    ] as const) {
      const rendered = renderApp('threads', { lang });
      resize(rendered, columns, 40);
      await waitForFrame(rendered, /Slow motion|cámara lenta/);
      rendered.stdin.write('f');
      const drawnAt = (shown: string) => shown.split('\n')[0]!.length === columns && /Node/.test(shown);
      const frame = await waitForFrame(rendered, drawnAt);
      expect(strayIndentRows(frame)).toEqual([]);
      rendered.unmount();
    }
  });
});

/** Races that finish at once; the lock-free ones lose `lost[n]` additions on their nth run, then none. */
function scriptedRaces(lost: number[]) {
  let unlockedRuns = 0;
  const startRace = ({ workers, increments, locked }: RaceOptions) => {
    const missing = locked ? 0 : (lost[unlockedRuns++] ?? 0);
    const result = { result: workers * increments - missing, ms: 12 };
    return {
      done: Promise.resolve(result),
      counter: () => result.result,
      progress: () => Array<number>(workers).fill(increments),
      stop: async () => {},
    };
  };
  return { startRace, runRace: async (options: RaceOptions) => startRace(options).done };
}

describe('threads screen, a lucky run without a lock', () => {
  it('says the run got lucky and why, not "exact" in green, and offers to run again or count runs', async () => {
    const rendered = renderApp('threads', { fakeSources: { threads: scriptedRaces([0]) } });
    await waitForFrame(rendered, 'Slow motion');
    await press(rendered, 'f', '4 threads × 500,000');
    const frame = await waitForFrame(rendered, /With a lock +got 2,000,000 +exact/);
    expect(frame).not.toMatch(/Without a lock +got 2,000,000 +exact/);
    expect(frame).toMatch(/Without a lock +got 2,000,000 +none lost: lucky/);
    expect(frame).toContain('This run got lucky');
    expect(frame).toContain('r run again');
    expect(frame).toContain('c count 10 runs');
  });

  it('c counts ten runs without a lock and says how many lost additions', async () => {
    const rendered = renderApp('threads', { lang: 'es', fakeSources: { threads: scriptedRaces([0, 5, 0, 9]) } });
    await waitForFrame(rendered, 'cámara lenta');
    await press(rendered, 'f', 'Corriendo…');
    await waitForFrame(rendered, /Con lock +dio 2\.000\.000 +exacto/);
    const frame = await press(rendered, 'c', 'En 2 de 10 corridas sin lock se perdieron sumas.');
    expect(frame).not.toContain('Corriendo…');
  });

  it('on a 140-column terminal, the run without a lock and the one with it stand side by side', async () => {
    const rendered = renderApp('threads', { fakeSources: { threads: scriptedRaces([1234]) } });
    await waitForFrame(rendered, 'Slow motion');
    resize(rendered, 140, 45);
    await press(rendered, 'f', '4 threads × 500,000');
    const frame = await waitForFrame(rendered, /got 2,000,000 +exact/);
    expect(frame).toMatch(/^ Without a lock +With a lock$/m);
    expect(frame).toMatch(/^ got 1,998,766 +lost 1,234 \(0%\) +12 ms +got 2,000,000 +exact +12 ms$/m);
    expect(frame).toMatch(/thread 4 +█+ +thread 4 +█+/);
    // The header spans the terminal; the body keeps to the prose measure.
    expect(
      frame
        .split('\n')
        .slice(1)
        .filter((row) => row.trimEnd().length > 101),
    ).toEqual([]);
  });
});
