import { readFileSync } from 'node:fs';
import { lexer, type Token } from 'marked';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/lessons/render-markdown.js';
import { lineText } from '../../../src/lessons/styled-lines.js';
import { plainTokens } from '../../../src/tools/lessons/plain-body.js';

const plainText = (markdown: string) =>
  renderMarkdown(plainTokens(lexer(markdown)), { width: 200 })
    .map(lineText)
    .join('\n');

describe('the plain lesson body', () => {
  it('drops the parenthesis that only the app offers, in both languages, and keeps the rest', () => {
    expect(plainText('Run `netlearn demo` (or press `t` in the app). Then watch.')).toBe(
      'Run netlearn demo. Then watch.',
    );
    expect(plainText('Probá `netlearn port 80` (o apretá `t` en la app, donde podés cambiarlo), y mirá.')).toBe(
      'Probá netlearn port 80, y mirá.',
    );
    expect(plainText('- item one (or press `t` in the app)\n- **two** (kept)')).toBe('• item one\n• two (kept)');
  });

  it('leaves the tokens it was given as they were', () => {
    const tokens: Token[] = lexer('Run it (or press `t` in the app).');
    const before = JSON.stringify(tokens);
    plainTokens(tokens);
    expect(JSON.stringify(tokens)).toBe(before);
  });

  it('keeps the Markdown parser out of every plain command (the build lexes the lessons)', () => {
    const meta = JSON.parse(readFileSync(new URL('../../../dist/meta.json', import.meta.url), 'utf8')) as {
      plain: { outputs: Record<string, { inputs: Record<string, unknown> }> };
    };
    const withMarked = Object.entries(meta.plain.outputs)
      .filter(([, output]) => Object.keys(output.inputs).some((input) => input.includes('node_modules/marked/')))
      .map(([file]) => file);
    expect(withMarked).toEqual([]);
  });
});
