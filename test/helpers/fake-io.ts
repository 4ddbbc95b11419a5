import { PassThrough } from 'node:stream';
import type { ProcessIO } from '../../src/app/dispatch.js';

/** In-memory streams for `dispatch`, with what was written; `tty` makes stdout claim a terminal. */
export function fakeIo({ tty = false, input = '' }: { tty?: boolean; input?: string | Buffer } = {}) {
  const stdout = Object.assign(new PassThrough(), { isTTY: tty, columns: 100 });
  const stderr = new PassThrough();
  const stdin = new PassThrough();
  stdin.end(input);
  const chunks: Buffer[] = [];
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    out += chunk.toString();
  });
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const io = { stdin, stdout, stderr, env: {} } as unknown as ProcessIO;
  return { ...io, out: () => out, bytes: () => Buffer.concat(chunks), err: () => err };
}
