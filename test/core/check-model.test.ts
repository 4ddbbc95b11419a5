import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLessons, checkReasons, serverCheckIds } from '../../src/core/check/checks.js';
import { parseCheckTarget, parseOnly, parseTimeout } from '../../src/core/check/options.js';
import { checkResult, checkSummary } from '../../src/core/check/result.js';
import en from '../../src/tools/check/words.en.js';
import es from '../../src/tools/check/words.es.js';
import { codeOf, inputErrorOf } from './input-error-of.js';

describe('the check model', () => {
  it('every check names a lesson, in both languages, that shows its fix in a code block', () => {
    for (const lang of ['en', 'es']) {
      const folder = new URL(`../../content/${lang}/`, import.meta.url);
      const files = new Map(readdirSync(folder).map((file) => [file.replace(/^\d+-/, '').replace(/\.md$/, ''), file]));
      for (const [check, lesson] of Object.entries(checkLessons)) {
        const file = files.get(lesson);
        const body = file ? readFileSync(new URL(file, folder), 'utf8').replace(/^---[^]*?\n---\n/, '') : '';
        expect({ check, lang, lesson, exists: file !== undefined, code: /^```(python|py)\n/m.test(body) }).toEqual({
          check,
          lang,
          lesson,
          exists: true,
          code: true,
        });
      }
    }
  });

  it('the checks learners fail on leaving, churn and slow readers send them to the broadcast lesson', () => {
    for (const check of ['broadcast', 'abrupt-leave', 'churn', 'slow-reader'] as const)
      expect(checkLessons[check]).toBe('safe-broadcast');
  });

  it('every reason has a diagnosis in both languages', () => {
    for (const reason of checkReasons) {
      const details = { ms: 1, code: 'E', closed: 1, reached: 1, of: 2, lines: 11, missing: 1, bytes: 1, named: 1 };
      for (const t of [en, es]) expect(t.diagnoses[reason](details)).toMatch(/\S+ \S+ \S+ \S+/);
      expect(es.diagnoses[reason](details)).not.toBe(en.diagnoses[reason](details));
    }
  });

  it('the exit code: a basic fail is 1, an advanced one only with --strict, skips never', () => {
    const pass = checkResult('connect', { status: 'pass', reason: 'pass', sent: '', received: '' }, 10);
    const slow = checkResult(
      'slow-reader',
      { status: 'fail', reason: 'slow-reader-blocked', sent: '', received: '' },
      3,
    );
    const users = checkResult('users', { status: 'skip', reason: 'users-none', sent: '', received: '' }, 3);
    const utf8 = checkResult('utf8', { status: 'fail', reason: 'utf8-none', sent: '', received: '' }, 3);
    expect(slow).toMatchObject({ level: 'advanced', lesson: 'safe-broadcast' });
    expect(checkSummary([pass, slow, users], 'pass')).toEqual({
      passed: 1,
      failed: 1,
      skipped: 1,
      notRun: 0,
      exitCode: 0,
    });
    expect(checkSummary([pass, slow, users], 'fail').exitCode).toBe(1);
    expect(checkSummary([pass, utf8], 'fail').exitCode).toBe(1);
  });
});

describe('check options', () => {
  it('host, host:port, [v6]:port and --port', () => {
    expect(parseCheckTarget(undefined, undefined)).toEqual({ host: '127.0.0.1', port: 5050 });
    expect(parseCheckTarget('127.0.0.1:5000', undefined)).toEqual({ host: '127.0.0.1', port: 5000 });
    expect(parseCheckTarget('localhost', '6000')).toEqual({ host: 'localhost', port: 6000 });
    expect(parseCheckTarget('[::1]:5000', undefined)).toEqual({ host: '::1', port: 5000 });
    expect(parseCheckTarget('::1', undefined)).toEqual({ host: '::1', port: 5050 });
    expect(parseCheckTarget('10.0.0.2:5000', '5000')).toEqual({ host: '10.0.0.2', port: 5000 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 65535 }), (port) => {
        expect(parseCheckTarget(`127.0.0.1:${port}`, undefined).port).toBe(port);
      }),
    );
  });

  it('bad targets', () => {
    expect(codeOf(() => parseCheckTarget('', undefined))).toBe('socket-host-empty');
    expect(codeOf(() => parseCheckTarget('h:5000', '5001'))).toBe('check-two-ports');
    expect(codeOf(() => parseCheckTarget('h:0', undefined))).toBe('socket-port-zero-connect');
    expect(codeOf(() => parseCheckTarget('h:', undefined))).toBe('socket-port-invalid');
    expect(codeOf(() => parseCheckTarget('h', 'x'))).toBe('socket-port-invalid');
    expect(codeOf(() => parseCheckTarget('256.0.0.1', undefined))).toBe('ip-octet-range');
  });

  it('--only keeps the run order and suggests the closest id', () => {
    expect(parseOnly(undefined)).toEqual([...serverCheckIds]);
    expect(parseOnly('utf8, broadcast')).toEqual(['broadcast', 'utf8']);
    expect(inputErrorOf(() => parseOnly('split-lines')).details).toMatchObject({ closest: 'split-line' });
    expect(codeOf(() => parseOnly(' , '))).toBe('check-only-empty');
  });

  it('--timeout in seconds, decimals allowed, within bounds', () => {
    expect(parseTimeout(undefined)).toBe(3000);
    expect(parseTimeout('1.5')).toBe(1500);
    for (const bad of ['0', '0.1', '61', '-1', 'x', '1e3', ''])
      expect(codeOf(() => parseTimeout(bad))).toBe('check-timeout-invalid');
  });
});
