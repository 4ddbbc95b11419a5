import { parseNetworkList, scanLines } from '../../core/cidr-grep.js';
import type { CommandContext } from '../tool.js';
import type { GrepTool } from './entry.js';
import { ByteBatch } from './byte-batch.js';

/** A line longer than this is read in pieces, so one endless line can't fill memory. */
const lineCap = 1 << 20;
const newline = Buffer.from('\n');

/**
 * `netlearn grep <cidr,...> [-v] [-o] [-c]`: stdin's lines that hold an address inside, byte for
 * byte. Memory stays at one input chunk, one output batch and at most one line of `lineCap` bytes.
 */
export default async function run({ args, flags, json, stdin, stdout, stderr, words }: CommandContext<GrepTool>) {
  const filter = parseNetworkList(args.join(','));
  const invert = Boolean(flags.invert);
  const only = Boolean(flags.only) && !invert;
  const out = new ByteBatch(stdout);
  let lineNumber = 0;
  let kept = 0;
  let cut = 0;

  /** Every line of bytes[0..end): the kept ones go out as they were, or as their addresses. */
  const scan = (bytes: Buffer, end: number) =>
    scanLines(bytes, bytes.toString('latin1', 0, end), end, filter, only || json, (start, stop, inside, spans) => {
      lineNumber++;
      if (inside === invert) return;
      kept++;
      if (flags.count) return;
      if (json) out.text(jsonRecord(bytes, start, stop, lineNumber, spans, only));
      else if (only) {
        for (let i = 0; i < spans.length; i += 2) out.bytes(bytes.subarray(spans[i], spans[i + 1]), newline);
      } else if (stop < bytes.length) out.bytes(bytes.subarray(start, stop + 1));
      else out.bytes(bytes.subarray(start, stop), newline);
    });

  let carry: Buffer | undefined;
  let inLongLine = false;
  for await (const chunk of stdin as AsyncIterable<Buffer>) {
    let bytes = chunk;
    if (carry) {
      // Only the line cut at the chunk's edge is copied whole; the rest is read where it lies.
      const first = chunk.indexOf(10) + 1;
      if (first === 0) bytes = Buffer.concat([carry, chunk]);
      else {
        const joined = Buffer.concat([carry, chunk.subarray(0, first)]);
        scan(joined, joined.length);
        inLongLine = false;
        bytes = chunk.subarray(first);
      }
    }
    const complete = bytes.lastIndexOf(10) + 1;
    if (complete > 0) {
      scan(bytes, complete);
      inLongLine = false;
    }
    carry = complete < bytes.length ? bytes.subarray(complete) : undefined;
    if (carry && carry.length > lineCap) {
      scan(carry, carry.length);
      if (!inLongLine) cut++;
      inLongLine = true;
      carry = undefined;
    }
    if (!(await out.flushIfFull())) return 0;
  }
  if (carry) scan(carry, carry.length);
  if (flags.count) out.text(json ? JSON.stringify({ type: 'total', lines: lineNumber, kept }) : String(kept));
  await out.flush();
  if (cut > 0) stderr.write(`${words.lineCut({ count: cut, limit: '1 MiB' })}\n`);
  return 0;
}

/** A kept line as NDJSON: its number, its text (invalid UTF-8 as U+FFFD) and the addresses inside. */
function jsonRecord(
  bytes: Buffer,
  start: number,
  end: number,
  line: number,
  spans: readonly number[],
  only: boolean,
): string {
  const addresses: string[] = [];
  for (let i = 0; i < spans.length; i += 2) addresses.push(bytes.toString('latin1', spans[i], spans[i + 1]));
  if (only) return addresses.map((address) => JSON.stringify({ line, address })).join('\n');
  return JSON.stringify({ line, text: bytes.toString('utf8', start, end), addresses });
}
