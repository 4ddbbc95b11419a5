import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLossy, LineSplitter } from '../../src/core/line-splitter.js';

const texts = (lines: { text: string }[]) => lines.map((line) => line.text);

describe('reading lines from a byte stream', () => {
  it('splits on \\n and accepts \\r\\n', () => {
    const splitter = new LineSplitter();
    expect(texts(splitter.push(Buffer.from('uno\r\ndos\ntr')))).toEqual(['uno', 'dos']);
    expect(texts(splitter.push(Buffer.from('es\n')))).toEqual(['tres']);
  });
  it('a character split across two packets arrives whole', () => {
    const bytes = Buffer.from('ñ\n');
    const splitter = new LineSplitter();
    expect(splitter.push(bytes.subarray(0, 1))).toEqual([]);
    expect(texts(splitter.push(bytes.subarray(1)))).toEqual(['ñ']);
  });
  it('a line over the cap is cut at the cap, the rest skipped, the next line fine', () => {
    const splitter = new LineSplitter(10);
    const lines = splitter.push(Buffer.from('0123456789abcdef'));
    expect(lines).toMatchObject([{ text: '0123456789', truncated: true, bytes: 10 }]);
    expect(splitter.push(Buffer.from('more of the long line'))).toEqual([]);
    expect(texts(splitter.push(Buffer.from('\nnext\n')))).toEqual(['next']);
  });
  it('a cut never splits a character', () => {
    const splitter = new LineSplitter(4);
    expect(texts(splitter.push(Buffer.from('abcñ\n')))).toEqual(['abc']);
  });
  it('invalid UTF-8 shows as U+FFFD with its bytes', () => {
    expect(decodeLossy(Buffer.from([0x63, 0x61, 0x66, 0xe9]))).toEqual({ text: 'caf\uFFFD[e9]', invalid: true });
    expect(decodeLossy(Buffer.from([0xc0, 0xaf, 0x41]))).toEqual({ text: '\uFFFD[c0]\uFFFD[af]A', invalid: true });
    expect(decodeLossy(Buffer.from('ok ñ'))).toEqual({ text: 'ok ñ', invalid: false });
  });
  it('a real U+FFFD sent by the peer is not mistaken for an error', () => {
    expect(decodeLossy(Buffer.from('a\uFFFDb'))).toEqual({ text: 'a\uFFFDb', invalid: false });
  });
  it('valid text survives any chunking', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => s.replace(/[\r\n]/g, '')),
          { maxLength: 8 },
        ),
        fc.array(fc.nat(40), { maxLength: 8 }),
        (lines, cuts) => {
          const bytes = Buffer.from(lines.map((line) => line + '\n').join(''));
          const splitter = new LineSplitter();
          const got: string[] = [];
          let at = 0;
          for (const cut of cuts) {
            const next = Math.min(bytes.length, at + cut);
            got.push(...texts(splitter.push(bytes.subarray(at, next))));
            at = next;
          }
          got.push(...texts(splitter.push(bytes.subarray(at))));
          expect(got).toEqual(lines);
        },
      ),
      { numRuns: 300 },
    );
  });
});
