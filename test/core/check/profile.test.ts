import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { encodeFrame, encodeMessage, MessageReader } from '../../../src/core/check/message-codec.js';
import { matchesShown } from '../../../src/core/check/message-template.js';
import { defaultProfile, parseProfile, type CheckProfile, type Framing } from '../../../src/core/check/profile.js';
import { dictionary } from '../../../src/i18n/dictionaries.js';
import { describeInputError } from '../../../src/i18n/index.js';
import { inputErrorOf } from '../input-error-of.js';

const shipped = (file: string) => readFileSync(new URL(`../../../profiles/${file}`, import.meta.url), 'utf8');
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('the shipped profiles', () => {
  test('netlearn.yaml is the default, with commands and points', () => {
    expect(parseProfile(shipped('netlearn.yaml'))).toEqual({
      ...defaultProfile,
      commands: { users: '/users', quit: '/quit' },
      points: {
        connect: 1,
        broadcast: 2,
        concurrent: 2,
        'split-line': 1,
        'two-lines': 1,
        utf8: 1,
        'long-line': 1,
        'clean-leave': 1,
      },
    });
  });

  test('name-first.yaml asks for a name and shows [name] text', () => {
    const profile = parseProfile(shipped('name-first.yaml'));
    expect({ ...profile, nameStep: null }).toEqual({
      ...defaultProfile,
      name: 'name first',
      shown: '[{name}] {text}',
      commands: { users: '/users', quit: '/quit' },
    });
    expect(profile.nameStep?.send).toBe('{name}');
    expect(profile.nameStep?.prompt.test('Your NAME?')).toBe(true);
    expect(profile.nameStep?.prompt.test('¿Tu nombre?')).toBe(true);
    expect(profile.nameStep?.prompt.test('welcome')).toBe(false);
  });

  test('length-prefix.yaml frames with 4 big-endian bytes', () => {
    expect(parseProfile(shipped('length-prefix.yaml'))).toEqual({
      ...defaultProfile,
      name: 'length prefix',
      commands: { quit: '/quit' },
      framing: { type: 'length-prefix', size: 4, order: 'big', includesHeader: false },
    });
  });

  test('an empty mapping is the default; length-prefix alone gets 4 bytes, big-endian', () => {
    expect(parseProfile('{}')).toEqual(defaultProfile);
    expect(parseProfile('framing:\n  type: length-prefix\n').framing).toEqual({
      type: 'length-prefix',
      size: 4,
      order: 'big',
      includesHeader: false,
    });
  });
});

describe('a bad profile names its line, its field and what is allowed', () => {
  const cases: [string, string, string, Record<string, unknown>][] = [
    // yaml reports an unclosed quote where the file ends.
    ['not YAML', 'name: a\nsend: "{text}\n', 'profile-not-yaml', { line: 3, reason: 'MISSING_CHAR' }],
    ['a tab', 'framing:\n\ttype: line\n', 'profile-not-yaml', { line: 2, reason: 'TAB_AS_INDENT' }],
    ['a key twice', 'name: a\nname: b\n', 'profile-not-yaml', { line: 2, reason: 'DUPLICATE_KEY' }],
    ['not a mapping', '- a\n- b\n', 'profile-not-mapping', { line: 1 }],
    ['empty', '', 'profile-not-mapping', { line: 1 }],
    [
      'an unknown field',
      'name: a\nshon: "{text}"\n',
      'profile-field-unknown',
      { line: 2, field: 'shon', closest: 'shown' },
    ],
    [
      'an unknown nested field',
      'framing:\n  type: line\n  ordr: big\n',
      'profile-field-unknown',
      { line: 3, field: 'framing.ordr', closest: 'order' },
    ],
    ['a number for text', 'name: 12\n', 'profile-field-type', { line: 1, field: 'name', expected: 'text' }],
    ['text for a mapping', 'framing: line\n', 'profile-field-type', { line: 1, field: 'framing', expected: 'mapping' }],
    [
      'text for a boolean',
      'framing:\n  type: length-prefix\n  includesHeader: no\n',
      'profile-field-type',
      { line: 3, field: 'framing.includesHeader', part: 'no', expected: 'boolean' },
    ],
    ['a template without quotes', 'send: {text}\n', 'profile-template-unquoted', { line: 1, field: 'send' }],
    [
      'shown without {text}',
      'name: a\nshown: "[{name}]"\n',
      'profile-placeholder-missing',
      { line: 2, field: 'shown' },
    ],
    ['send without {text}', 'send: hello\n', 'profile-placeholder-missing', { line: 1, field: 'send' }],
    [
      'nameStep.send without {name}',
      'nameStep:\n  prompt: name\n  send: me\n',
      'profile-placeholder-missing',
      { line: 3, field: 'nameStep.send', placeholder: '{name}' },
    ],
    [
      'an unknown placeholder',
      'send: "{txt}"\n',
      'profile-placeholder-unknown',
      { line: 1, field: 'send', placeholder: '{txt}' },
    ],
    ['nameStep without prompt', 'nameStep:\n  send: "{name}"\n', 'profile-field-missing', { field: 'nameStep.prompt' }],
    [
      'a bad regex in prompt',
      'nameStep:\n  prompt: "name("\n',
      'profile-prompt-invalid',
      { line: 2, field: 'nameStep.prompt', part: 'name(' },
    ],
    [
      'a bad greeting',
      'greeting: maybe\n',
      'profile-choice-invalid',
      { line: 1, field: 'greeting', allowed: ['optional', 'none', 'required'] },
    ],
    [
      'a size of 3',
      'framing:\n  type: length-prefix\n  size: 3\n',
      'profile-choice-invalid',
      { line: 3, field: 'framing.size', part: '3', allowed: ['1', '2', '4'] },
    ],
    [
      'a middle order',
      'name: x\n\n\n\nframing:\n  type: length-prefix\n  order: middle\n',
      'profile-choice-invalid',
      { line: 7, field: 'framing.order', part: 'middle', allowed: ['big', 'little'] },
    ],
    [
      'a size for line framing',
      'framing:\n  type: line\n  size: 4\n',
      'profile-framing-line-only',
      { line: 3, field: 'framing.size' },
    ],
    [
      'negative points',
      'points:\n  connect: 1\n  broadcast: -2\n',
      'profile-points-invalid',
      { line: 3, field: 'points.broadcast', part: '-2' },
    ],
    ['fractional points', 'points:\n  utf8: 1.5\n', 'profile-points-invalid', { line: 2, field: 'points.utf8' }],
    [
      'points for an unknown check',
      'points:\n  broadcats: 2\n',
      'profile-points-check-unknown',
      { line: 2, part: 'broadcats', closest: 'broadcast' },
    ],
  ];

  test.each(cases)('%s', (_, text, code, details) => {
    const error = inputErrorOf(() => parseProfile(text));
    expect(error.code).toBe(code);
    expect(error.details).toMatchObject(details);
    for (const lang of ['en', 'es'] as const)
      expect(describeInputError(error, dictionary(lang))).not.toMatch(/undefined/);
  });

  test('a file over 64 KiB', () => {
    const error = inputErrorOf(() => parseProfile(`# ${'x'.repeat(64 * 1024)}\n`));
    expect(error.code).toBe('profile-too-large');
    expect(error.details).toMatchObject({ max: 65536 });
  });

  test('the example error reads as a sentence', () => {
    const error = inputErrorOf(() => parseProfile('framing:\n  type: length-prefix\n  order: middle\n'));
    expect(describeInputError(error, dictionary('en'))).toContain(
      'line 3: framing.order is "middle"; allowed: big, little.',
    );
    expect(describeInputError(error, dictionary('es'))).toContain('línea 3: framing.order es "middle"');
  });
});

const lengthPrefix = (size: 1 | 2 | 4, order: 'big' | 'little', includesHeader = false): Framing => ({
  type: 'length-prefix',
  size,
  order,
  includesHeader,
});
const framings: Framing[] = [
  { type: 'line' },
  lengthPrefix(1, 'big'),
  lengthPrefix(2, 'little'),
  lengthPrefix(4, 'big'),
  lengthPrefix(4, 'little', true),
];

/** Cuts bytes at the given points (each taken modulo the length). */
function chunk(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let last = 0;
  for (const p of [...points, bytes.length]) {
    chunks.push(bytes.subarray(last, p));
    last = p;
  }
  return chunks;
}

describe('encodeMessage and MessageReader', () => {
  test.each(framings)('any texts, any chunking, the same messages back: %o', (framing) => {
    const profile: CheckProfile = { ...defaultProfile, framing };
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => s.replace(/[\r\n]/g, '')),
          { maxLength: 10 },
        ),
        fc.array(fc.nat(), { maxLength: 20 }),
        (texts, cuts) => {
          const stream = new Uint8Array(texts.flatMap((t) => [...encodeMessage(profile, t)]));
          const reader = new MessageReader(framing);
          const got = chunk(stream, cuts).flatMap((c) => reader.push(c));
          expect(got.map(decode)).toEqual(texts);
          expect(reader.pendingBytes).toBe(0);
          expect(reader.error).toBeUndefined();
        },
      ),
    );
  });

  test('the length header in each byte order', () => {
    expect([...encodeFrame(lengthPrefix(4, 'big'), 'hé')]).toEqual([0, 0, 0, 3, 0x68, 0xc3, 0xa9]);
    expect([...encodeFrame(lengthPrefix(4, 'little'), 'hé')]).toEqual([3, 0, 0, 0, 0x68, 0xc3, 0xa9]);
    expect([...encodeFrame(lengthPrefix(2, 'big', true), 'hi')]).toEqual([0, 4, 0x68, 0x69]);
    expect([...encodeFrame(lengthPrefix(2, 'little'), 'hi')]).toEqual([2, 0, 0x68, 0x69]);
    expect(() => encodeFrame(lengthPrefix(1, 'big'), 'x'.repeat(256))).toThrow(RangeError);
  });

  test('line framing: \\n ends a message, \\r\\n too; a newline inside one cannot be sent', () => {
    const reader = new MessageReader({ type: 'line' });
    expect(reader.push(new TextEncoder().encode('a\r\nb\nc')).map(decode)).toEqual(['a', 'b']);
    expect(reader.pendingBytes).toBe(1);
    expect(() => encodeMessage(defaultProfile, 'a\nb')).toThrow(RangeError);
  });

  test('send is applied, JSON-escaped when escape is json', () => {
    const json = parseProfile(`send: '{"from": "{name}", "text": "{text}"}'\nescape: json\n`);
    expect(decode(encodeMessage(json, 'say "hi"', 'ana'))).toBe('{"from": "ana", "text": "say \\"hi\\""}\n');
  });

  test('a line or frame over the limit is an error state, not growth', () => {
    const lines = new MessageReader({ type: 'line' }, 8);
    expect(lines.push(new Uint8Array(10).fill(65))).toEqual([]);
    expect(lines.error).toBe('line-too-long');
    expect(lines.pendingBytes).toBe(0);
    expect(lines.push(new Uint8Array([10]))).toEqual([]);

    const frames = new MessageReader(lengthPrefix(4, 'big'));
    expect(frames.push(new Uint8Array([0x00, 0x10, 0x00, 0x01]))).toEqual([]);
    expect(frames.error).toBe('frame-too-large');

    const short = new MessageReader(lengthPrefix(2, 'big', true));
    short.push(new Uint8Array([0, 1]));
    expect(short.error).toBe('frame-length-invalid');
  });
});

describe('matchesShown', () => {
  const named = parseProfile(shipped('name-first.yaml'));

  test('{any} is any prefix, or none', () => {
    expect(matchesShown(defaultProfile, 'hola', 'hola')).toBe(true);
    expect(matchesShown(defaultProfile, '<ana> hola', 'hola')).toBe(true);
    expect(matchesShown(defaultProfile, 'hola!', 'hola')).toBe(false);
    expect(matchesShown(defaultProfile, 'x', 'a.b')).toBe(false);
  });

  test('{name} is the sender, or any name when none is given', () => {
    expect(matchesShown(named, new TextEncoder().encode('[ana] ñandú'), 'ñandú', 'ana')).toBe(true);
    expect(matchesShown(named, '[bea] ñandú', 'ñandú', 'ana')).toBe(false);
    expect(matchesShown(named, '[bea] ñandú', 'ñandú')).toBe(true);
    expect(matchesShown(named, 'ñandú', 'ñandú')).toBe(false);
  });

  test('json: the text as any JSON encoder writes it, ASCII-escaped or not', () => {
    const json = parseProfile(`shown: '{"from": "{name}", "text": "{text}"}'\nescape: json\n`);
    expect(matchesShown(json, '{"from": "ana", "text": "caf\u00e9 \\"x\\""}', 'café "x"', 'ana')).toBe(true);
    expect(matchesShown(json, '{"from": "ana", "text": "caf\\u00e9 \\"x\\""}', 'café "x"', 'ana')).toBe(true);
    expect(matchesShown(json, '{"from": "ana", "text": "caf\\u00E9 \\"x\\""}', 'café "x"', 'ana')).toBe(true);
    expect(matchesShown(json, '{"from": "ana", "text": "cafe"}', 'café', 'ana')).toBe(false);
  });
});
