import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lessonIds } from '../../src/lessons/lesson-ids.js';
import { emptyProgress } from '../../src/progress/progress-data.js';
import { readProgress, writeProgress } from '../../src/progress/progress-store.js';
import { runMeasured } from '../helpers/serve-process.js';

const folder = () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'netlearn-harden-')), 'netlearn');
  mkdirSync(dir);
  return dir;
};

describe('progress.json cannot be turned against the learner', () => {
  it('a symlink planted at the old temporary name does not redirect the write', () => {
    const dir = folder();
    const file = join(dir, 'progress.json');
    const target = join(dir, 'victim.txt');
    writeFileSync(target, 'keep me');
    // Before: the temporary file was `progress.json.<pid>.tmp`, written through whatever was there.
    symlinkSync(target, `${file}.${process.pid}.tmp`);
    writeProgress(file, { ...emptyProgress(), lang: 'es' });
    expect(readFileSync(target, 'utf8')).toBe('keep me');
    expect(JSON.parse(readFileSync(file, 'utf8')).lang).toBe('es');
  });

  it('the file keeps its mode, and no temporary file is left', () => {
    const dir = folder();
    const file = join(dir, 'progress.json');
    writeFileSync(file, '{}');
    chmodSync(file, 0o640);
    writeProgress(file, emptyProgress());
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['progress.json']);
  });

  it('a file over 1 MiB is not read: a warning, a fresh start, and the file moved aside', () => {
    const dir = folder();
    const file = join(dir, 'progress.json');
    writeFileSync(file, '{}');
    truncateSync(file, 2 * 1024 * 1024);
    const { progress, problem } = readProgress(file, { moveAside: true, lessonIds: lessonIds() });
    expect(progress).toEqual(emptyProgress());
    expect(problem).toMatchObject({ kind: 'corrupt', tooBig: true, movedTo: expect.stringContaining('corrupt') });
  });

  it('`lessons` with a 600 MB progress.json warns and stays under 100 MiB', async () => {
    // Before: read and parsed whole: 1.1 GB of memory just to list the lessons.
    const dir = folder();
    writeFileSync(join(dir, 'progress.json'), '');
    truncateSync(join(dir, 'progress.json'), 600 * 1000 * 1000); // sparse: no disk used
    const run = runMeasured(['lessons'], { XDG_CONFIG_HOME: join(dir, '..') });
    run.child.stdout!.resume();
    const { code, stderr, peakMiB } = await run.done;
    console.log(`lessons, 600 MB progress.json: exit ${code}, peak ${peakMiB.toFixed(0)} MiB`);
    expect(stderr).toContain('over 1 MiB');
    expect(code).toBe(0);
    expect(peakMiB).toBeLessThan(100);
  });
});
