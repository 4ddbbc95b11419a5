import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { canRun, learnerServers, startLearnerServer } from '../helpers/learner-server.js';
import { ndjson } from './check-fixture.js';
import { oneTimingFileAtATime } from '../helpers/timing-turn.js';

oneTimingFileAtATime();
/*
 * `netlearn check --strict --json` against learner servers nobody on the team wrote to pass it:
 * correct ones in each style (Python threads, selectors, asyncio; Node; C poll) and ones with one
 * classic bug each (test/fixtures/learner-servers/README.md). Each must get the verdict and the
 * cause its manifest names: no false pass, no false fail, no other cause.
 */

const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

describe('check judges learner servers by what it sees', () => {
  for (const server of learnerServers) {
    const skip = canRun(server.runtime) ? false : 'gcc is not installed';
    it.skipIf(skip)(
      `${server.file} (${server.style}): ${server.verdict}, ${server.cause}`,
      async () => {
        const started = await startLearnerServer(server);
        stops.push(started.stop);
        const profile = server.profile ? ['--profile', server.profile] : [];
        const result = await runCli(
          ['check', '127.0.0.1', '--port', String(started.port), '--strict', '--json', ...profile],
          {
            timeout: 60_000,
          },
        );
        const records = ndjson(result.stdout);
        const judgement = records[0] as { type: string; verdict: string; cause: string };
        expect({ type: judgement.type, verdict: judgement.verdict, cause: judgement.cause }, result.stdout).toEqual({
          type: 'judgement',
          verdict: server.verdict,
          cause: server.cause,
        });
        expect(records.at(-1)).toMatchObject({ type: 'summary', exitCode: server.verdict === 'pass' ? 0 : 1 });
        expect(result.code).toBe(server.verdict === 'pass' ? 0 : 1);
      },
      60_000,
    );
  }
});
