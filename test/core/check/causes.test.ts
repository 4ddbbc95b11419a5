import { describe, expect, test } from 'vitest';
import { checkCauses, checkNeeds, reasonCause } from '../../../src/core/check/causes.js';
import { checkReasons, serverCheckIds, type ServerCheckId } from '../../../src/core/check/checks.js';
import { judgeRun } from '../../../src/core/check/judgement.js';

describe('the causes', () => {
  test('every reason a check can give has a cause', () => {
    expect(Object.keys(reasonCause).sort()).toEqual([...checkReasons].sort());
  });

  test('every cause can be reached, from a check or from the judgement', () => {
    const fromChecks = new Set<string>(Object.values(reasonCause));
    const fromJudgement = [
      judgeRun({ died: { during: 'churn' } }, [], false),
      judgeRun({ portShared: { listeners: 2, pids: [] } }, [], false),
      judgeRun({ leaks: [{ kind: 'threads', before: 1, after: 5 }] }, [], false),
      judgeRun({ askedName: { prompt: 'name', name: 'nlab' } }, [], false),
    ].map((judgement) => judgement.cause);
    const reached = new Set([...fromChecks, ...fromJudgement]);
    expect([...checkCauses].filter((cause) => !reached.has(cause))).toEqual([]);
  });

  test('causes are distinct words a script can match', () => {
    expect(new Set(checkCauses).size).toBe(checkCauses.length);
    for (const cause of checkCauses) expect(cause).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });
});

describe('checkNeeds: a check only needs one that runs before it', () => {
  test.each(Object.entries(checkNeeds) as [ServerCheckId, ServerCheckId][])(
    '%s needs %s, which comes earlier',
    (id, needs) => {
      expect(serverCheckIds.indexOf(needs)).toBeGreaterThanOrEqual(0);
      expect(serverCheckIds.indexOf(needs)).toBeLessThan(serverCheckIds.indexOf(id));
    },
  );
});
