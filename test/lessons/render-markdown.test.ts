import fc from 'fast-check';
import { lexer } from 'marked';
import { describe, expect, test } from 'vitest';
import { displayWidth } from '../../src/core/display-width.js';
import { renderMarkdown } from '../../src/lessons/render-markdown.js';
import { lineText } from '../../src/lessons/styled-lines.js';
import { loadLessons } from '../../src/lessons/load-lessons.js';

const text = (markdown: string, width = 40, codeMarks = false) =>
  renderMarkdown(lexer(markdown), { width, codeMarks }).map(lineText);

describe('rendering Markdown for the terminal', () => {
  test('a paragraph wraps at word boundaries to the width', () => {
    expect(text('A server waits for connections and answers requests from clients.', 20)).toEqual([
      'A server waits for',
      'connections and',
      'answers requests',
      'from clients.',
    ]);
  });

  test('a heading is its own line, set apart from the paragraph by a blank line', () => {
    expect(text('# Ports\n\nA port is a number.')).toEqual(['Ports', '', 'A port is a number.']);
    expect(renderMarkdown(lexer('# Ports'), { width: 40 })[0]).toEqual([{ text: 'Ports', style: 'heading' }]);
  });

  test('emphasis, strong and inline code keep their style; backticks stay when asked for', () => {
    const [line] = renderMarkdown(lexer('a **bold** and *soft* `bind()`'), { width: 60 });
    expect(line).toEqual([
      { text: 'a' },
      { text: ' ' },
      { text: 'bold', style: 'strong' },
      { text: ' ' },
      { text: 'and' },
      { text: ' ' },
      { text: 'soft', style: 'em' },
      { text: ' ' },
      { text: 'bind()', style: 'code' },
    ]);
    expect(text('call `bind()` first', 40, true)).toEqual(['call `bind()` first']);
  });

  test('list items get a bullet or a number, and wrapped lines hang under the text', () => {
    expect(text('- one two three four\n- five', 12)).toEqual(['• one two', '  three four', '• five']);
    expect(text('1. first\n2. second', 20)).toEqual(['1. first', '2. second']);
  });

  test('a code block keeps its lines and spacing, indented by two', () => {
    expect(text('```python\nconn, addr = s.accept()\nprint(addr)   # who\n```', 40)).toEqual([
      '  conn, addr = s.accept()',
      '  print(addr)   # who',
    ]);
  });

  test('a code block wider than the screen drops its indent, then breaks, never overflowing', () => {
    expect(text('```python\n0123456789abcdef\n```', 16)).toEqual(['0123456789abcdef']);
    expect(text('```python\n0123456789abcdefXYZ\n```', 16)).toEqual(['0123456789abcdef', 'XYZ']);
  });

  test('a diagram wider than the screen is shown in strips, each part once, cut at a blank gutter when it has one', () => {
    expect(text('```text\n+----------+   +----+\n| client   |-->| s  |\n+----------+   +----+\n```', 14)).toEqual([
      '+----------+',
      '| client   |--',
      '+----------+',
      '…',
      ' +----+',
      '>| s  |',
      ' +----+',
    ]);
    expect(text('```text\n  +------+    +------+\n  | one  |    | two  |\n  +------+    +------+\n```', 14)).toEqual([
      '+------+',
      '| one  |',
      '+------+',
      '…',
      '+------+',
      '| two  |',
      '+------+',
    ]);
  });

  test('at 60 columns the address-tuple diagram is drawn once: no copy shifted left after a "…" line', () => {
    const lesson = loadLessons('en').find((l) => l.id === 'address-tuple')!;
    for (const width of [60, 58]) {
      const lines = renderMarkdown(lesson.tokens, { width }).map(lineText);
      const start = lines.findIndex((line) => line.includes('client A'));
      const diagram = lines.slice(start, start + 12);
      expect(diagram.filter((line) => line.includes('client A'))).toHaveLength(1);
      expect(diagram.filter((line) => line.includes('127.0.0.1:5050'))).toHaveLength(1);
      expect(diagram.filter((line) => line.includes('picked by you'))).toHaveLength(1);
      expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(width);
    }
    const at58 = renderMarkdown(lesson.tokens, { width: 58 }).map(lineText);
    const start = at58.findIndex((line) => line.includes('client A'));
    expect(at58.slice(start, start + 9)).toEqual([
      'client A  127.0.0.1:56789  ---\\',
      '                               +--->',
      'client B  127.0.0.1:41322  ---/',
      '          (picked by the OS)',
      '…',
      'server  127.0.0.1:5050',
      '',
      '(picked by you in bind)',
      '',
    ]);
  });

  test('a long code line breaks before its comment rather than inside a word', () => {
    expect(text('```python\ns.listen()     # open the door: clients may knock now\n```', 40)).toEqual([
      's.listen()     # open the door: clients',
      'may knock now',
    ]);
  });

  test('a table lines its columns up under a rule', () => {
    expect(text('| range | name |\n| --- | --- |\n| 0-1023 | well-known |\n| 49152-65535 | dynamic |', 60)).toEqual([
      'range       | name',
      '------------+-----------',
      '0-1023      | well-known',
      '49152-65535 | dynamic',
    ]);
  });

  test('a table too wide for the screen wraps inside its widest column', () => {
    expect(text('| port | use |\n| --- | --- |\n| 80 | the web server answers here |', 20)).toEqual([
      'port | use',
      '-----+--------------',
      '80   | the web',
      '     | server',
      '     | answers here',
    ]);
  });

  test('at 60 columns a cell the Markdown wrapped by hand is joined, then wrapped once (ports table)', () => {
    const lesson = loadLessons('en').find((l) => l.id === 'port')!;
    const lines = renderMarkdown(lesson.tokens, { width: 60 }).map(lineText);
    const start = lines.findIndex((line) => line.startsWith('0-1023'));
    expect(lines.slice(start, start + 4)).toEqual([
      '0-1023      | well-known          | system services: SSH 22,',
      '            |                     | DNS 53, HTTP 80, HTTPS',
      '            |                     | 443',
      '1024-49151  | registered          | programs that need a',
    ]);
    expect(text('| a | b |\n| --- | --- |\n| 1 | one two |\n| | three |', 60)).toEqual([
      'a | b',
      '--+--------------',
      '1 | one two three',
    ]);
  });

  test('a table that cannot fit as columns lists each row as header: value lines', () => {
    expect(
      text(
        '| part | example | type |\n| --- | --- | --- |\n| addr[0] | 192.168.0.103 | str |\n| addr[1] | 50124 | int |',
        20,
      ),
    ).toEqual([
      'part: addr[0]',
      'example:',
      '  192.168.0.103',
      'type: str',
      '',
      'part: addr[1]',
      'example: 50124',
      'type: int',
    ]);
  });

  test('right-aligned table columns are padded on the left', () => {
    expect(text('| n | bits |\n| --: | --- |\n| 5 | 101 |\n| 255 | 11111111 |', 40)).toEqual([
      '  n | bits',
      '----+---------',
      '  5 | 101',
      '255 | 11111111',
    ]);
  });

  test('every line of every lesson fits the width, from 60 columns down to 20', () => {
    const lessons = [...loadLessons('en'), ...loadLessons('es')];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: lessons.length - 1 }),
        fc.integer({ min: 20, max: 100 }),
        (index, width) => {
          for (const line of text(lessons[index]!.body, width)) expect(displayWidth(line)).toBeLessThanOrEqual(width);
        },
      ),
      { numRuns: 60 },
    );
  });
});
