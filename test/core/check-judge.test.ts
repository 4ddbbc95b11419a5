import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excerpt, frameOf, linesOf, tokenFrom, utf8Bytes } from '../../src/core/check/bytes.js';
import {
  floodLines,
  judgeAbruptLeave,
  judgeBroadcast,
  judgeCleanLeave,
  judgeInOrder,
  judgeLongLine,
  judgeSplit,
  judgeTwoLines,
  judgeUsers,
  judgeUtf8,
} from '../../src/core/check/judge.js';

const latin1 = (text: string) => Buffer.from(text, 'latin1').toString('latin1');
const bytesOf = (text: string, encoding: BufferEncoding) => Buffer.from(text, encoding).toString('latin1');

describe('bytes', () => {
  it('tokens are nl and ten base-36 characters', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 10, maxLength: 10 }), (bytes) => {
        expect(tokenFrom(bytes)).toMatch(/^nl[0-9a-z]{10}$/);
      }),
    );
  });

  it('utf8Bytes gives the UTF-8 bytes, one char each', () => {
    expect(utf8Bytes('ñ€')).toBe('\u00c3\u00b1\u00e2\u0082\u00ac');
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(utf8Bytes(text)).toBe(bytesOf(text, 'utf8'));
      }),
    );
  });

  it('excerpt shows valid UTF-8 as text and escapes everything else', () => {
    expect(excerpt(utf8Bytes('hola ñandú €\n'))).toBe('hola ñandú €\\n');
    expect(excerpt(bytesOf('ñ', 'latin1'))).toBe('\\xf1');
    expect(excerpt('\u001b[31m')).toBe('\\x1b[31m');
    expect(excerpt('a\\b')).toBe('a\\\\b');
    // A replacement character the server really sent is text; an overlong form is not.
    expect(excerpt(utf8Bytes('\uFFFD'))).toBe('\uFFFD');
    expect(excerpt('\u00c0\u00af')).toBe('\\xc0\\xaf');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const printable = text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\\]/gu, '');
        expect(excerpt(utf8Bytes(printable), Infinity)).toBe(printable);
      }),
    );
    fc.assert(
      fc.property(fc.uint8Array(), (bytes) => {
        expect(excerpt(Buffer.from(bytes).toString('latin1'), Infinity)).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
      }),
    );
  });

  it('excerpt cuts a long run in the middle', () => {
    const shown = excerpt('a'.repeat(500) + 'z', 40);
    expect(shown.length).toBeLessThanOrEqual(40);
    expect(shown).toMatch(/^a+ \[…\] a+z$/);
  });

  it('lines: split at \\n, \\r dropped; a tail without \\n is not a line', () => {
    expect(linesOf('a\r\nb\nc')).toEqual(['a', 'b']);
    expect(linesOf('no end')).toEqual([]);
    expect(linesOf('a\n')).toEqual(['a']);
    expect(linesOf('')).toEqual([]);
  });

  it('a frame blanks the token and folds numbers', () => {
    expect(frameOf("('127.0.0.1', 5123): tok", 'tok')).toBe(frameOf("('127.0.0.1', 49999): tok", 'tok'));
    expect(frameOf('tok', 'tok')).not.toBe(frameOf('[ana] tok', 'tok'));
  });
});

describe('verdicts', () => {
  it('broadcast: everyone, sender only, some, nobody', () => {
    expect(judgeBroadcast('', ['x: t\n', 't\n'], 't').reason).toBe('pass');
    expect(judgeBroadcast('t\n', ['', ''], 't').reason).toBe('broadcast-sender-only');
    expect(judgeBroadcast('', ['t\n', ''], 't')).toMatchObject({
      reason: 'broadcast-partial',
      details: { reached: 1 },
    });
    expect(judgeBroadcast('', ['', ''], 't').reason).toBe('broadcast-none');
  });

  it('split-line: whole, cut, lost', () => {
    expect(judgeSplit('a: HT\n', 'H', 'T').status).toBe('pass');
    expect(judgeSplit('a: H\na: T\n', 'H', 'T').reason).toBe('split-line-cut');
    expect(judgeSplit('', 'H', 'T').reason).toBe('split-line-none');
  });

  it('two-lines: framed alike, merged, lost', () => {
    expect(judgeTwoLines("('127.0.0.1', 5): one\n('127.0.0.1', 5): two\n", 'one', 'two').status).toBe('pass');
    expect(judgeTwoLines("('127.0.0.1', 5): one\ntwo\n", 'one', 'two').reason).toBe('two-lines-merged');
    expect(judgeTwoLines('one\ntwo\n', 'one', 'two').status).toBe('pass');
    expect(judgeTwoLines('one two\n', 'one', 'two').reason).toBe('two-lines-merged');
    expect(judgeTwoLines('one\n', 'one', 'two').reason).toBe('two-lines-none');
  });

  it('utf8: byte for byte, mojibake, Latin-1, changed, lost', () => {
    const expected = utf8Bytes('tok ñandú €');
    expect(judgeUtf8(`x: ${expected}\n`, 'tok', expected).status).toBe('pass');
    const mojibake = utf8Bytes(Buffer.from(expected, 'latin1').toString('latin1'));
    expect(judgeUtf8(`${mojibake}\n`, 'tok', expected).reason).toBe('utf8-mojibake');
    expect(judgeUtf8(`${latin1('tok ñandú ?')}\n`, 'tok', expected).reason).toBe('utf8-latin1');
    expect(judgeUtf8(`${utf8Bytes('tok \ufffd\ufffdandú €')}\n`, 'tok', expected).reason).toBe('utf8-changed');
    expect(judgeUtf8('', 'tok', expected).reason).toBe('utf8-none');
  });

  it('long-line: whole, in pieces, cut short, lost', () => {
    expect(judgeLongLine('x: S abc E\n', 'S abc E', 'S', 'E').status).toBe('pass');
    expect(judgeLongLine('x: S ab\nx: c E\n', 'S abc E', 'S', 'E').reason).toBe('long-line-cut');
    expect(judgeLongLine('x: S ab\n', 'S abc E', 'S', 'E')).toMatchObject({
      reason: 'long-line-truncated',
      details: { bytes: 4 },
    });
    expect(judgeLongLine('', 'S abc E', 'S', 'E').reason).toBe('long-line-none');
  });

  it('clean-leave: a notice is fine, a flood is not, silence after is stuck', () => {
    expect(judgeCleanLeave('* c left\nx: tok\n', 'tok').status).toBe('pass');
    expect(judgeCleanLeave('x: \n'.repeat(floodLines + 1) + 'x: tok\n', 'tok')).toMatchObject({
      reason: 'clean-leave-flood',
      details: { lines: floodLines + 1 },
    });
    expect(judgeCleanLeave('* c left\n', 'tok').reason).toBe('clean-leave-stuck');
  });

  it('abrupt-leave: both, only the first, none', () => {
    expect(judgeAbruptLeave('a\nb\n', 'a', 'b').status).toBe('pass');
    expect(judgeAbruptLeave('a\n', 'a', 'b').reason).toBe('abrupt-leave-second');
    expect(judgeAbruptLeave('', 'a', 'b').reason).toBe('abrupt-leave-first');
  });

  it('in order: every token in the order sent passes; a swap or a loss fails', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z]{6}$/), { minLength: 2, maxLength: 20 }), (tokens) => {
        expect(judgeInOrder(tokens.map((token) => `x: ${token}\n`).join(''), tokens).status).toBe('pass');
        const swapped = [tokens[1], tokens[0], ...tokens.slice(2)];
        expect(judgeInOrder(swapped.map((token) => `${token}\n`).join(''), tokens).reason).toBe('churn-order');
        expect(judgeInOrder(tokens.slice(1).join('\n'), tokens)).toMatchObject({
          reason: 'churn-missing',
          details: { missing: 1 },
        });
      }),
    );
  });

  it('users: Python tuples or host:port, every client named, none is a skip', () => {
    const clients = [
      { address: '127.0.0.1', port: 5000 },
      { address: '127.0.0.1', port: 5001 },
    ];
    expect(judgeUsers("('127.0.0.1', 5000), ('127.0.0.1', 5001)\n", clients).status).toBe('pass');
    expect(judgeUsers('ana 127.0.0.1:5000\nbeto 127.0.0.1:5001\n', clients).status).toBe('pass');
    expect(judgeUsers("('127.0.0.1', 5000)\n", clients)).toMatchObject({
      reason: 'users-missing',
      details: { named: 1 },
    });
    expect(judgeUsers("('127.0.0.1', 50011)\n", clients)).toMatchObject({ status: 'skip', reason: 'users-none' });
    expect(judgeUsers('unknown command\n', clients)).toMatchObject({ status: 'skip' });
  });
});
