import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lockedOrder, playRace, program, racyOrder, type ThreadId } from '../../src/core/race-steps.js';

const orders = fc.array(fc.constantFrom<ThreadId>(0, 1), { maxLength: 24 });

describe('the race in slow motion', () => {
  it('the shown order without a lock: both read 0, and the second write wipes out the first', () => {
    const steps = playRace(racyOrder, false);
    expect(steps.map((s) => `${'AB'[s.thread]}:${s.op}`)).toEqual([
      'A:read',
      'B:read',
      'A:add',
      'A:write',
      'B:add',
      'B:write',
    ]);
    expect(steps.map((s) => s.count)).toEqual([0, 0, 0, 1, 1, 1]);
    expect(steps.at(-1)).toMatchObject({ overwrote: 0, values: [1, 1] });
    expect(steps.filter((s) => s.overwrote !== undefined)).toHaveLength(1);
    expect(steps.map((s) => s.switched)).toEqual([false, true, true, false, true, false]);
  });

  it('the shown order with the lock: B waits while A holds it, then both additions count', () => {
    const steps = playRace(lockedOrder, true);
    expect(steps[1]).toMatchObject({ thread: 1, op: 'acquire', waits: true, holder: 0 });
    expect(steps.filter((s) => s.waits)).toHaveLength(1);
    expect(steps.at(-1)).toMatchObject({ count: 2, holder: undefined });
    expect(steps).toHaveLength(11);
  });

  it('with the lock, any order the OS picks ends at 2, and only one thread is ever between acquire and release', () => {
    fc.assert(
      fc.property(orders, (order) => {
        const steps = playRace(order, true);
        expect(steps.at(-1)!.count).toBe(2);
        expect(steps.some((s) => s.overwrote !== undefined)).toBe(false);
        for (const step of steps)
          if (!step.waits && step.op !== 'acquire' && step.op !== 'release') {
            expect(step.holder).toBe(step.thread);
          }
        expect(steps.filter((s) => !s.waits)).toHaveLength(program(true).length * 2);
      }),
    );
  });

  it('without it, every order runs all six steps, and each lost update is marked on the write that lost it', () => {
    fc.assert(
      fc.property(orders, (order) => {
        const steps = playRace(order, false);
        expect(steps).toHaveLength(6);
        const lost = steps.filter((s) => s.overwrote !== undefined).length;
        expect(steps.at(-1)!.count).toBe(2 - lost);
        expect(steps.some((s) => s.waits)).toBe(false);
      }),
    );
  });

  it('a thread never waits twice in a row, so the replay has no dead steps', () => {
    fc.assert(
      fc.property(orders, (order) => {
        const steps = playRace(order, true);
        steps.forEach((s, i) =>
          expect(s.waits && steps[i - 1]?.waits && steps[i - 1]?.thread === s.thread).toBeFalsy(),
        );
      }),
    );
  });
});
