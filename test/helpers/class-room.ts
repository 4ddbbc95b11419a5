import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../../src/app/dispatch.js';
import { checkLessons, type CheckId } from '../../src/core/check/checks.js';
import type { ExplainedResult, Judgement } from '../../src/core/check/judgement.js';
import type { ServerCheckRun } from '../../src/net/check-server.js';
import { sweepServers } from '../../src/net/class-sweep.js';
import { Gradebook } from '../../src/store/gradebook.js';
import type { ClassSources } from '../../src/tools/check/class/sources.js';
import { fakeIo } from './fake-io.js';

/** A fake server's run: pass on every check asked, or fail one with its reason. */
export function fakeRun(
  ids: readonly string[],
  failing?: { id: string; reason: string; cause: string },
): ServerCheckRun {
  const results = ids.map(
    (id) =>
      ({
        id,
        level: 'basic',
        ms: 3,
        lesson: checkLessons[id as CheckId],
        status: failing?.id === id ? 'fail' : 'pass',
        reason: failing?.id === id ? failing.reason : 'pass',
        cause: failing?.id === id ? failing.cause : 'ok',
        sent: '',
        received: '',
        explainedByJudgement: false,
      }) as unknown as ExplainedResult,
  );
  const judgement = (
    failing
      ? { verdict: 'fail', cause: failing.cause, details: { check: failing.id } }
      : { verdict: 'pass', cause: 'ok', details: {} }
  ) as Judgement;
  return { judgement, results };
}

const unreachableRun: ServerCheckRun = {
  judgement: { verdict: 'fail', cause: 'unreachable', details: { code: 'ECONNREFUSED' } } as Judgement,
  results: [],
};

/**
 * Sources for the class tool over a real gradebook in a fresh folder, with fake servers: `servers`
 * says what each host's check run finds.
 */
export function classSources(
  servers: Record<string, (ids: readonly string[]) => ServerCheckRun>,
  files: Record<string, string> = {},
) {
  const dir = mkdtempSync(join(tmpdir(), 'netlearn-class-'));
  const pages = new Map<string, string>();
  const sources: ClassSources = {
    gradebookPath: (given) => given ?? join(dir, 'gradebook.sqlite'),
    openGradebook: (path) => Gradebook.open(path),
    readRoster: (path) => {
      if (!(path in files)) throw Object.assign(new Error('no file'), { code: 'ENOENT' });
      return { text: files[path]!, tooLarge: false };
    },
    readProfile: (given) => files[given] ?? '',
    localNetworks: () => [{ address: '192.168.1.10', netmask: '255.255.255.0' }],
    answers: async (host) => host in servers,
    sweep: (targets, plan, events, stopped) =>
      sweepServers(
        targets,
        plan,
        async (request) => (servers[request.host] ?? (() => unreachableRun))(request.ids),
        events,
        stopped,
      ),
    writeFeedback: (folder, file, text) => pages.set(join(folder, file), text),
    now: () => new Date('2026-12-07T10:00:00Z'),
  };
  return { sources, dir, pages };
}

/** Runs `netlearn ARGS` in this process with the sources given; what it printed and its exit code. */
export async function runClass(argv: string[], sources: ClassSources, env: NodeJS.ProcessEnv = {}) {
  const io = fakeIo();
  const code = await dispatch(argv, { ...io, env: { LANG: 'C', ...env }, sources: { class: sources } });
  return { code, out: io.out(), err: io.err() };
}

/**
 * A class of `count` students already swept once into a fresh gradebook: every third unreachable,
 * every third failing broadcast, the rest passing. For screens, which read what sweeps left.
 */
export function sweptRoom(count: number) {
  const ids = ['connect', 'broadcast', 'utf8'] as const;
  const servers: Record<string, (asked: readonly string[]) => ServerCheckRun> = {};
  const roster = Array.from({ length: count }, (_, index) => {
    const host = `127.0.0.${index + 2}`;
    if (index % 3 === 1)
      servers[host] = (asked) => fakeRun(asked, { id: 'broadcast', reason: 'broadcast-none', cause: 'concurrency' });
    if (index % 3 === 0) servers[host] = (asked) => fakeRun(asked);
    return { studentId: String(1000 + index), name: `Estudiante ${index + 1} Peña`, host, port: 5050 };
  });
  const room = classSources(servers);
  const book = Gradebook.open(room.sources.gradebookPath());
  book.createClass({ name: 'redes', port: 5050, profile: null }, roster, new Date('2026-12-07T09:00:00Z'));
  const sweep = book.startSweep('redes', new Date('2026-12-07T09:00:00Z'));
  for (const student of roster) {
    const run = (servers[student.host] ?? (() => unreachableRun))(ids);
    const passed = run.results.filter((result) => result.status === 'pass').length;
    book.recordRun(sweep, {
      studentId: student.studentId,
      judgement: run.judgement,
      results: run.results as ExplainedResult[],
      score: passed,
      maxScore: ids.length,
      finishedAt: '2026-12-07T09:01:00.000Z',
    });
  }
  book.finishSweep(sweep, new Date('2026-12-07T09:02:00Z'));
  book.close();
  return { ...room, ids };
}
