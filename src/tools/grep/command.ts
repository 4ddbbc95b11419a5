import { lineHasAddressInside, parseNetworkList } from '../../core/cidr-grep.js';
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
  const spans: number[] = [];
  let lineNumber = 0;
  let kept = 0;
  let cut = 0;

  /** One line, bytes[start..end) without its newline; `withNewline` when the input had one. */
  const take = (bytes: Buffer, start: number, end: number, withNewline: boolean) => {
    lineNumber++;
    spans.length = 0;
    const inside = lineHasAddressInside(bytes, start, end, filter, only || json ? spans : undefined);
    if (inside === invert) return;
    kept++;
    if (flags.count) return;
    if (json) {
      out.text(jsonRecord(bytes, start, end, lineNumber, spans, only));
    } else if (only) {
      for (let i = 0; i < spans.length; i += 2) out.bytes(bytes.subarray(spans[i], spans[i + 1]), newline);
    } else if (withNewline) out.bytes(bytes.subarray(start, end + 1));
    else out.bytes(bytes.subarray(start, end), newline);
  };

  let carry: Buffer | undefined;
  let inLongLine = false;
  for await (const chunk of stdin as AsyncIterable<Buffer>) {
    const bytes = carry ? Buffer.concat([carry, chunk]) : chunk;
    let start = 0;
    for (let end = bytes.indexOf(10, start); end !== -1; end = bytes.indexOf(10, start)) {
      take(bytes, start, end, true);
      start = end + 1;
      inLongLine = false;
    }
    carry = start < bytes.length ? bytes.subarray(start) : undefined;
    if (carry && carry.length > lineCap) {
      take(carry, 0, carry.length, false);
      if (!inLongLine) cut++;
      inLongLine = true;
      carry = undefined;
    }
    if (!(await out.flushIfFull())) return 0;
  }
  if (carry) take(carry, 0, carry.length, false);
  if (flags.count) out.text(json ? JSON.stringify({ type: 'total', lines: lineNumber, kept }) : String(kept));
  await out.flush();
  if (cut > 0) stderr.write(`${words.lineCut({ count: cut, limit: '1 MiB' })}\n`);
  return 0;
}

/** A kept line as NDJSON: its number, its text (invalid UTF-8 as U+FFFD) and the addresses inside. */
function jsonRecord(bytes: Buffer, start: number, end: number, line: number, spans: number[], only: boolean): string {
  const addresses: string[] = [];
  for (let i = 0; i < spans.length; i += 2) addresses.push(bytes.toString('latin1', spans[i], spans[i + 1]));
  if (only) return addresses.map((address) => JSON.stringify({ line, address })).join('\n');
  return JSON.stringify({ line, text: bytes.toString('utf8', start, end), addresses });
}
