import type { Token, Tokens } from 'marked';
import { lineBreak, type Span, type SpanStyle } from './styled-lines.js';

export interface RenderOptions {
  /** Columns available; every line fits in them. */
  width: number;
  /** Keep backticks around inline code, for output without colour where style cannot show it. */
  codeMarks?: boolean;
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
export const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => entities[entity] ?? entity);

export function inlineSpans(tokens: readonly Token[] | undefined, options: RenderOptions, style?: SpanStyle): Span[] {
  const spans: Span[] = [];
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'strong':
        spans.push(...inlineSpans((token as Tokens.Strong).tokens, options, style ?? 'strong'));
        break;
      case 'em':
        spans.push(...inlineSpans((token as Tokens.Em).tokens, options, style ?? 'em'));
        break;
      case 'del':
        spans.push(...inlineSpans((token as Tokens.Del).tokens, options, style));
        break;
      case 'codespan': {
        const text = decode((token as Tokens.Codespan).text);
        spans.push({
          text: options.codeMarks ? `\`${text}\`` : text,
          style: style === 'heading' || style === 'subheading' ? style : 'code',
        });
        break;
      }
      case 'link': {
        const link = token as Tokens.Link;
        const label = inlineSpans(link.tokens, options, style ?? 'link');
        spans.push(...label);
        if (link.href && link.href !== label.map((s) => s.text).join(''))
          spans.push({ text: ` (${link.href})`, style: 'muted' });
        break;
      }
      case 'image':
        spans.push({ text: (token as Tokens.Image).text, style });
        break;
      case 'br':
        spans.push(lineBreak);
        break;
      case 'text': {
        const text = token as Tokens.Text;
        if (text.tokens) spans.push(...inlineSpans(text.tokens, options, style));
        else spans.push({ text: decode(text.text), style });
        break;
      }
      default:
        if ('text' in token && typeof token.text === 'string') spans.push({ text: decode(token.text), style });
        else spans.push({ text: token.raw, style });
    }
  }
  return spans;
}
