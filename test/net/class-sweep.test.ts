import { describe, expect, it } from 'vitest';
import type { ServerCheckRequest, ServerCheckRun } from '../../src/net/check-server.js';
import { sweepServers, type SweepTarget } from '../../src/net/class-sweep.js';

const targets: SweepTarget[] = Array.from({ length: 7 }, (_, index) => ({
  studentId: String(index + 1),
  host: `127.0.0.${index + 2}`,
  port: 5050,
}));
const plan = { ids: ['connect' as const], timeoutMs: 1000, strict: false, parallel: 3, deadlineMs: 60_000 };
const run = (host: string) =>
  ({ judgement: { verdict: 'pass', cause: 'ok', details: { host } }, results: [] }) as unknown as ServerCheckRun;
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('a class sweep', () => {
  it('checks every server once, never more at a time than it was told', async () => {
    let running = 0;
    let most = 0;
    const seen: string[] = [];
    await sweepServers(targets, plan, async (request: ServerCheckRequest) => {
      running += 1;
      most = Math.max(most, running);
      await tick();
      running -= 1;
      seen.push(request.host);
      return run(request.host);
    });
    expect(seen.sort()).toEqual(targets.map((target) => target.host).sort());
    expect(most).toBe(3);
  });

  it("reports each student's own run", async () => {
    const finished = new Map<string, unknown>();
    await sweepServers(targets, plan, async (request) => run(request.host), {
      finished: (studentId, found) => finished.set(studentId, found.judgement.details.host),
    });
    expect(finished.get('4')).toBe('127.0.0.5');
  });

  it('tells a run its deadline passed, and says the run was late', async () => {
    const late: boolean[] = [];
    await sweepServers(
      targets.slice(0, 1),
      { ...plan, deadlineMs: 10 },
      async (request, stopped) => {
        while (!stopped()) await tick();
        return run(request.host);
      },
      { finished: (_, __, wasLate) => late.push(wasLate) },
    );
    expect(late).toEqual([true]);
  });

  it('once stopped, starts no one new and reports no cut run', async () => {
    let stop = false;
    const started: string[] = [];
    const finished: string[] = [];
    await sweepServers(
      targets,
      { ...plan, parallel: 1 },
      async (request) => {
        stop = request.host === '127.0.0.3';
        return run(request.host);
      },
      { started: (id) => started.push(id), finished: (id) => finished.push(id) },
      () => stop,
    );
    expect(started).toEqual(['1', '2']);
    expect(finished).toEqual(['1']);
  });
});
