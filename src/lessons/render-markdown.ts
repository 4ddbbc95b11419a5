import type { Token, Tokens } from 'marked';
import { displayWidth } from '../core/display-width.js';
import { decode, inlineSpans, type RenderOptions } from './inline-spans.js';
import { renderCode } from './render-code.js';
import { renderTable } from './render-table.js';
import { prefixLines, wrapWords, type Span, type StyledLine } from './styled-lines.js';

function renderList(list: Tokens.List, width: number, options: RenderOptions): StyledLine[] {
  const start = typeof list.start === 'number' ? list.start : 1;
  const markers = list.items.map((_, index) => (list.ordered ? `${start + index}. ` : '• '));
  const markerWidth = Math.max(...markers.map(displayWidth));
  const lines: StyledLine[] = [];
  list.items.forEach((item, index) => {
    const inner = renderBlocks(item.tokens, Math.max(4, width - markerWidth), { ...options }, item.loose);
    const marker = { text: markers[index]!.padEnd(markerWidth), style: 'muted' as const };
    lines.push(...prefixLines(inner, marker, { text: ' '.repeat(markerWidth) }));
    if (list.loose && index < list.items.length - 1) lines.push([]);
  });
  return lines;
}

function renderBlock(token: Token, width: number, options: RenderOptions): StyledLine[] {
  switch (token.type) {
    case 'heading': {
      const heading = token as Tokens.Heading;
      return wrapWords(inlineSpans(heading.tokens, options, heading.depth === 1 ? 'heading' : 'subheading'), width);
    }
    case 'paragraph':
    case 'text': {
      const block = token as Tokens.Paragraph | Tokens.Text;
      return wrapWords(block.tokens ? inlineSpans(block.tokens, options) : [{ text: decode(block.text) }], width);
    }
    case 'code':
      return renderCode(token as Tokens.Code, width);
    case 'list':
      return renderList(token as Tokens.List, width, options);
    case 'table':
      return renderTable(token as Tokens.Table, width, options);
    case 'blockquote': {
      const inner = renderBlocks((token as Tokens.Blockquote).tokens, Math.max(4, width - 2), options);
      const bar: Span = { text: '│ ', style: 'muted' };
      return prefixLines(inner, bar, bar);
    }
    case 'hr':
      return [[{ text: '─'.repeat(Math.min(width, 40)), style: 'muted' }]];
    case 'space':
    case 'def':
      return [];
    default:
      return wrapWords([{ text: token.raw.trim() }], width);
  }
}

/** Blocks one after another with a blank line between them (none inside a tight list item). */
function renderBlocks(tokens: readonly Token[], width: number, options: RenderOptions, loose = true): StyledLine[] {
  const lines: StyledLine[] = [];
  for (const token of tokens) {
    const block = renderBlock(token, width, options);
    if (block.length === 0) continue;
    const tightText = !loose && (token.type === 'text' || token.type === 'list');
    if (lines.length > 0 && !tightText) lines.push([]);
    lines.push(...block);
  }
  return lines;
}

/**
 * Markdown, as marked's lexer tokens (a lesson's `tokens`), as terminal lines no wider than
 * `options.width`: headings, emphasis, lists, code blocks and tables with aligned columns. Pure: the
 * plain command paints the spans with ANSI codes, the reader screen with Ink colours.
 */
export function renderMarkdown(tokens: readonly Token[], options: RenderOptions): StyledLine[] {
  const width = Math.max(8, Math.floor(options.width));
  return renderBlocks(tokens, width, { ...options, width });
}
