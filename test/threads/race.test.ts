import { describe, expect, it } from 'vitest';
import { runRace, startRace } from '../../src/threads/race.js';

describe('the race on a shared counter', () => {
  it('is always exact with the lock', async () => {
    for (let round = 0; round < 3; round++) {
      const { result } = await runRace({ workers: 4, increments: 20_000, locked: true });
      expect(result).toBe(80_000);
    }
  });

  it('never counts more than expected without the lock (losing is likely, not certain)', async () => {
    const { result, ms } = await runRace({ workers: 4, increments: 50_000, locked: false });
    expect(result).toBeGreaterThan(0);
    expect(result).toBeLessThanOrEqual(200_000);
    expect(ms).toBeGreaterThanOrEqual(0);
  });

  it("shows each thread's progress reaching its increments", async () => {
    const run = startRace({ workers: 2, increments: 5000, locked: true });
    await run.done;
    expect(run.progress()).toEqual([5000, 5000]);
    expect(run.counter()).toBe(10_000);
    await run.stop();
  });

  it('can be stopped midway, terminating every thread', async () => {
    const run = startRace({ workers: 2, increments: 1_000_000, locked: true });
    await run.stop();
    await expect(run.done).rejects.toThrow('stopped');
  });
});
