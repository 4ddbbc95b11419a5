import type { Token } from 'marked';

/**
 * What the app alone offers is written inside one parenthesis that starts with its key:
 * "(or press `t` in the app, where you can change an octet)", "(o apretá `t` en la app)".
 * A terminal has no app around it, so the plain lesson drops that parenthesis whole.
 */
const appOnly = /[ \t]*\((?:or\s+press|o\s+apretá)\s+`t`\s+(?:in\s+the\s+app|en\s+la\s+app)[^)]*\)/g;

/** A token's source with no inline tokens of its own, so part of it can stand for the whole. */
function isPlainText(token: Token): boolean {
  return token.type === 'text' && !('tokens' in token && token.tokens) && token.text === token.raw;
}

/** The parts of [start, end) that no cut covers. */
function keptParts(start: number, end: number, cuts: readonly [number, number][]): [number, number][] {
  const parts: [number, number][] = [];
  let from = start;
  for (const [cutStart, cutEnd] of cuts) {
    if (cutEnd <= from || cutStart >= end) continue;
    if (cutStart > from) parts.push([from, cutStart]);
    from = Math.max(from, cutEnd);
  }
  if (from < end) parts.push([from, end]);
  return parts;
}

/**
 * A row of sibling tokens less the app-only parentheses found in their joined source: a token wholly
 * inside one goes, plain text cut by one keeps what is outside it, and any other token touched by
 * one is looked into (the parenthesis sits in its children).
 */
function cutRow(tokens: readonly Token[]): Token[] {
  const source = tokens.map((token) => token.raw).join('');
  const cuts = [...source.matchAll(appOnly)].map((match): [number, number] => [
    match.index,
    match.index + match[0].length,
  ]);
  const kept: Token[] = [];
  let at = 0;
  for (const token of tokens) {
    const start = at;
    at += token.raw.length;
    const parts = keptParts(start, at, cuts);
    if (parts.length === 0) continue;
    const whole = parts.length === 1 && parts[0]![0] === start && parts[0]![1] === at;
    if (whole || !isPlainText(token)) {
      kept.push(cutWithin(token));
      continue;
    }
    for (const [from, to] of parts) {
      const text = source.slice(from, to);
      kept.push({ type: 'text', raw: text, text });
    }
  }
  return kept;
}

/** A copy of a token whose children, at any depth, have the app-only parentheses cut. */
function cutWithin<Value>(value: Value): Value {
  if (Array.isArray(value)) return value.map(cutWithin) as Value;
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value))
    copy[key] = key === 'tokens' && Array.isArray(child) ? cutRow(child as Token[]) : cutWithin(child);
  return copy as Value;
}

/**
 * The lesson's tokens as a plain command prints them: without the steps that exist only in the app.
 * They come from the build's tokens, so the plain command never loads the Markdown parser.
 */
export function plainTokens(tokens: readonly Token[]): Token[] {
  return cutRow(tokens);
}
