import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { dispatch } from '../../../src/app/dispatch.js';
import { InputError } from '../../../src/core/input-error.js';
import { Gradebook } from '../../../src/store/gradebook.js';
import type { ExamSources } from '../../../src/tools/exam/sources.js';

/** Sources over files held in memory and a clock the test moves: each read of it moves `step` ms on. */
export function fakeExamSources(files: Record<string, string>, step = 1000, gradebook?: string): ExamSources {
  let now = 0;
  return {
    gradebookPath: (given) => given ?? gradebook ?? join(tmpdir(), 'netlearn-no-gradebook', 'gradebook.sqlite'),
    openGradebook: (path) => Gradebook.open(path),
    readText: (path) => {
      const text = files[path];
      if (text === undefined) throw new InputError('exam-file-unreadable', { part: path, code: 'ENOENT' });
      return text;
    },
    now: () => (now += step),
    newExamId: () => 'TESTEXAM',
  };
}

/** Runs `netlearn <argv>` in-process, with the fake sources and `input` on stdin. */
export async function runExam(argv: string[], sources: ExamSources | Record<string, unknown>, input = '') {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  stdin.end(input);
  const io = { stdin, stdout, stderr, env: {} } as unknown as Parameters<typeof dispatch>[1];
  // Exam sources go to the exam; a record of sources by tool id (`{ drill: … }`) goes as it is.
  const byTool = 'readText' in sources ? { exam: sources } : sources;
  const code = await dispatch(argv, { ...io, sources: byTool });
  return { code, stdout: out, stderr: err };
}
