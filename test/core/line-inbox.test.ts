import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineInbox } from '../../src/core/line-inbox.js';
import { LineSplitter } from '../../src/core/line-splitter.js';

const drainAll = (inbox: LineInbox) => {
  const lines = [];
  for (let line = inbox.next(); line; line = inbox.next()) lines.push(line);
  return lines;
};

describe('a client inbox cuts lines one at a time', () => {
  it('gives the same lines as the splitter, however the bytes were chunked', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 40 }), { maxLength: 12 }), fc.nat(12), (chunks, cap) => {
        const max = cap + 1;
        const splitter = new LineSplitter(max);
        const inbox = new LineInbox(max);
        const expected = chunks.flatMap((chunk) => splitter.push(Buffer.from(chunk)));
        for (const chunk of chunks) inbox.push(Buffer.from(chunk));
        expect(drainAll(inbox)).toEqual(expected);
        expect(inbox.end()).toEqual(splitter.end());
      }),
    );
  });

  it('holds a 64 KiB read of empty lines as its bytes, not as 65,536 lines', () => {
    const inbox = new LineInbox();
    inbox.push(Buffer.alloc(64 * 1024, '\n'));
    expect(inbox.cost).toBeLessThan(64 * 1024 + 200);
    expect(inbox.next()).toMatchObject({ text: '', bytes: 0 });
    expect(inbox.cost).toBeLessThan(64 * 1024 + 200);
    expect(drainAll(inbox)).toHaveLength(64 * 1024 - 1);
    expect(inbox.empty).toBe(true);
  });
});
