import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  checkReasons,
  serverCheckIds,
  type CheckReason,
  type CheckStatus,
  type ServerCheckId,
} from '../../../src/core/check/checks.js';
import { lateMs, type RunEvidence } from '../../../src/core/check/evidence.js';
import { explainResults, judgeRun } from '../../../src/core/check/judgement.js';
import { checkResult, type CheckResult } from '../../../src/core/check/result.js';

const passing = (id: ServerCheckId): CheckResult =>
  checkResult(id, { status: 'pass', reason: 'pass', sent: '', received: '' }, 10);
const failing = (id: ServerCheckId, reason: CheckReason): CheckResult =>
  checkResult(id, { status: 'fail', reason, sent: '', received: '' }, 10);
const allPassing = serverCheckIds.map(passing);

/** Every fault of the whole server that explains other failures, in the order judgeRun must prefer them. */
const faults: readonly [string, RunEvidence][] = [
  ['unreachable', { unreachable: { code: 'ECONNREFUSED', otherFamily: '[::1]:5050' } }],
  ['server-died', { died: { during: 'abrupt-leave' } }],
  ['closes-clients', { closesClients: { closed: 3, opened: 16, sample: 'full' } }],
  ['port-shared', { portShared: { listeners: 2, pids: [10, 11] } }],
  ['protocol', { protocol: { sample: '{"text":"hi"}', json: true } }],
  ['encoding', { encoding: { name: 'utf-16le', bom: true } }],
  ['decode-error', { decodeError: true }],
  ['no-newline', { noNewline: { sample: 'hi' } }],
  ['leak', { leaks: [{ kind: 'close-wait', before: 0, after: 4 }] }],
  ['late', { latency: { count: 3, medianMs: lateMs + 1, maxMs: 2000 } }],
];

/** Faults that fail a run alone but explain no other check: a check's own failure is named first. */
const lasting: readonly [string, RunEvidence][] = [['lost', { lost: { sent: 6000, received: 5000 } }]];

describe('judgeRun: one judgement for the whole run', () => {
  test('each server-wide fault is named with its figures', () => {
    expect(judgeRun(faults[0]![1], [], false)).toEqual({
      verdict: 'fail',
      cause: 'unreachable',
      details: { code: 'ECONNREFUSED', otherFamily: '[::1]:5050' },
    });
    const said = (evidence: RunEvidence) => judgeRun(evidence, allPassing, false).details;
    expect(said({ died: { during: 'churn' } })).toEqual({ during: 'churn' });
    expect(said({ portShared: { listeners: 2, pids: [1, 2] } })).toEqual({ listeners: 2 });
    expect(said({ encoding: { name: 'latin-1' } })).toEqual({ encoding: 'latin-1', bom: false });
    expect(said({ lost: { sent: 10, received: 7 } })).toEqual({ sent: 10, received: 7, lost: 3 });
    expect(said({ latency: { count: 2, medianMs: 900, maxMs: 1200 } })).toEqual({
      count: 2,
      medianMs: 900,
      maxMs: 1200,
    });
    expect(said({ leaks: [{ kind: 'threads', before: 2, after: 9 }] })).toEqual({
      kind: 'threads',
      before: 2,
      after: 9,
    });
  });

  test('with several faults, the first in order wins, whatever the checks say', () => {
    for (let i = 0; i < faults.length; i++) {
      const evidence = Object.assign({}, ...faults.slice(i).map(([, e]) => e)) as RunEvidence;
      const judgement = judgeRun(evidence, [failing('broadcast', 'broadcast-none')], true);
      expect(judgement.verdict).toBe('fail');
      expect(judgement.cause).toBe(faults[i]![0]);
    }
  });

  test('lost lines come after a check that failed for its own reason, and fail a run that passed', () => {
    for (let i = 0; i < lasting.length; i++) {
      const evidence = Object.assign({}, ...lasting.slice(i).map(([, e]) => e)) as RunEvidence;
      expect(judgeRun(evidence, [failing('broadcast', 'broadcast-none')], true).cause).toBe('broadcast');
      expect(judgeRun(evidence, allPassing, true)).toMatchObject({ verdict: 'fail', cause: lasting[i]![0] });
    }
  });

  test('a line is late only past lateMs', () => {
    const at = (medianMs: number) => judgeRun({ latency: { count: 3, medianMs, maxMs: medianMs } }, allPassing, true);
    expect(at(lateMs)).toMatchObject({ verdict: 'pass', cause: 'ok' });
    expect(at(lateMs + 1)).toMatchObject({ verdict: 'fail', cause: 'late' });
  });

  test('with no fault, the first counted failed check names the cause', () => {
    const results = [
      passing('connect'),
      failing('slow-reader', 'slow-reader-lost'),
      failing('utf8', 'utf8-changed'),
      failing('churn', 'churn-missing'),
    ];
    expect(judgeRun({}, results, false)).toEqual({ verdict: 'fail', cause: 'framing', details: { check: 'utf8' } });
    // --strict counts the advanced check that came first.
    expect(judgeRun({}, results, true)).toEqual({ verdict: 'fail', cause: 'lost', details: { check: 'slow-reader' } });
  });

  test('an advanced check failing alone fails the run only with --strict', () => {
    const results = [...serverCheckIds.filter((id) => id !== 'users').map(passing), failing('users', 'users-missing')];
    expect(judgeRun({}, results, false)).toMatchObject({ verdict: 'pass', cause: 'ok' });
    expect(judgeRun({}, results, true)).toMatchObject({ verdict: 'fail', cause: 'users', details: { check: 'users' } });
  });

  test('skipped and not-run checks never fail the run', () => {
    const skipped = checkResult('users', { status: 'skip', reason: 'users-none', sent: '', received: '' }, 5);
    const notRun = {
      ...passing('churn'),
      status: 'not-run' as const,
      reason: 'not-run' as const,
      dependsOn: 'broadcast' as const,
    };
    expect(judgeRun({}, [passing('connect'), skipped, notRun], true)).toMatchObject({ verdict: 'pass', cause: 'ok' });
  });

  test('a server that asked a name and passed is pass / asks-name, with the name given', () => {
    const evidence: RunEvidence = { askedName: { prompt: 'llamás\\?', name: 'nlab' } };
    expect(judgeRun(evidence, allPassing, true)).toEqual({
      verdict: 'pass',
      cause: 'asks-name',
      details: { prompt: 'llamás\\?' },
      name: 'nlab',
    });
    // A failure still wins over the name.
    expect(judgeRun(evidence, [failing('broadcast', 'broadcast-none')], false)).toMatchObject({
      verdict: 'fail',
      cause: 'broadcast',
      name: 'nlab',
    });
  });

  test('all passing is pass / ok, and the listening process is carried along', () => {
    const process = { pid: 42, command: 'python3 chat.py', runtime: 'python' } as const;
    expect(judgeRun({ process }, allPassing, true)).toEqual({ verdict: 'pass', cause: 'ok', details: {}, process });
  });
});

describe('explainResults: each check under the judgement', () => {
  const results = [
    passing('connect'),
    failing('broadcast', 'broadcast-none'),
    failing('churn', 'connect-closed'),
    { ...passing('utf8'), status: 'not-run' as const, reason: 'not-run' as const, dependsOn: 'broadcast' as const },
  ];

  test('a server-wide judgement explains the failed checks: they take its cause', () => {
    const judgement = judgeRun({ closesClients: { closed: 2, opened: 16, sample: '' } }, results, false);
    const explained = explainResults(results, judgement);
    expect(explained.map((r) => [r.id, r.cause, r.explainedByJudgement])).toEqual([
      ['connect', 'ok', false],
      ['broadcast', 'closes-clients', true],
      // Its own cause is already the judgement's: its own paragraph says it.
      ['churn', 'closes-clients', false],
      ['utf8', 'ok', false],
    ]);
    expect(explained[3]!.dependsOn).toBe('broadcast');
  });

  test('a judgement named by one check leaves every check its own cause', () => {
    const explained = explainResults(results, judgeRun({}, results, false));
    expect(explained.map((r) => [r.cause, r.explainedByJudgement])).toEqual([
      ['ok', false],
      ['broadcast', false],
      ['closes-clients', false],
      ['ok', false],
    ]);
  });

  test('lost, late and leak are judged once but explain no check', () => {
    for (const evidence of [faults[8]![1], faults[9]![1], lasting[0]![1]]) {
      const explained = explainResults(results, judgeRun(evidence, results, false));
      expect(explained[1]).toMatchObject({ cause: 'broadcast', explainedByJudgement: false });
    }
  });
});

const statuses: readonly CheckStatus[] = ['pass', 'fail', 'skip', 'not-run'];
const anyResult = fc
  .record({
    id: fc.constantFrom(...serverCheckIds),
    status: fc.constantFrom(...statuses),
    reason: fc.constantFrom(...checkReasons),
  })
  .map(({ id, status, reason }) => checkResult(id, { status, reason, sent: '', received: '' }, 1));
const anyEvidence: fc.Arbitrary<RunEvidence> = fc.record(
  {
    unreachable: fc.record({ code: fc.constantFrom('ECONNREFUSED', 'ETIMEDOUT') }),
    died: fc.record({ during: fc.constantFrom(...serverCheckIds) }),
    closesClients: fc.record({ closed: fc.nat(), opened: fc.nat(), sample: fc.string() }),
    portShared: fc.record({ listeners: fc.integer({ min: 2, max: 4 }), pids: fc.array(fc.nat()) }),
    protocol: fc.record({ sample: fc.string() }),
    encoding: fc.record({ name: fc.constantFrom('utf-16le' as const, 'utf-16be' as const, 'latin-1' as const) }),
    decodeError: fc.constant(true as const),
    noNewline: fc.record({ sample: fc.string() }),
    latency: fc.record({ count: fc.nat(), medianMs: fc.nat(2000), maxMs: fc.nat(4000) }),
    lost: fc.record({ sent: fc.nat(), received: fc.nat() }),
    leaks: fc.array(fc.record({ kind: fc.constantFrom('close-wait' as const), before: fc.nat(), after: fc.nat() }), {
      maxLength: 2,
    }),
    askedName: fc.record({ prompt: fc.string(), name: fc.string() }),
  },
  { requiredKeys: [] },
);

test('property: the verdict is pass exactly when there is no fault and no counted failure', () => {
  fc.assert(
    fc.property(anyEvidence, fc.array(anyResult, { maxLength: 12 }), fc.boolean(), (evidence, results, strict) => {
      const e = evidence;
      const fault =
        !!(e.unreachable || e.died || e.closesClients || e.portShared || e.protocol || e.encoding) ||
        !!(e.decodeError || e.noNewline || e.lost || (e.latency && e.latency.medianMs > lateMs)) ||
        (e.leaks?.length ?? 0) > 0;
      const counted = results.some((r) => r.status === 'fail' && (strict || r.level === 'basic'));
      const judgement = judgeRun(evidence, results, strict);
      expect(judgement.verdict === 'pass').toBe(!fault && !counted);
      expect(['ok', 'asks-name'].includes(judgement.cause)).toBe(judgement.verdict === 'pass');
    }),
  );
});
