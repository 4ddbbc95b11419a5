import type { CheckProfile, TextEscape } from './profile-model.js';

/** `{text}`, `{name}`, `{any}`: a word in braces. JSON's own braces (`{"text": …}`) never match. */
const placeholderPattern = /\{(\w+)\}/g;

/** The placeholders a template uses, in order, with their braces: `['{name}', '{text}']`. */
export function placeholdersIn(template: string): string[] {
  return [...template.matchAll(placeholderPattern)].map((m) => m[0]);
}

function escapeValue(value: string, escape: TextEscape): string {
  return escape === 'json' ? JSON.stringify(value).slice(1, -1) : value;
}

/** The template with {text} and {name} written in; {any} (only in `shown`) is left alone. */
export function fillTemplate(template: string, values: { text?: string; name?: string }, escape: TextEscape): string {
  return template.replace(placeholderPattern, (whole, word: string) => {
    const value = word === 'text' ? values.text : word === 'name' ? values.name : undefined;
    return value === undefined ? whole : escapeValue(value, escape);
  });
}

const literal = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/**
 * A JSON string as an encoder that escapes every non-ASCII character writes it (Python's json.dumps
 * does by default): `\u00e9`, either case of hex digit.
 */
function asciiJsonSource(value: string): string {
  const json = JSON.stringify(value).slice(1, -1);
  let source = '';
  for (let i = 0; i < json.length; i++) {
    const unit = json.charCodeAt(i);
    if (unit < 0x7f) source += literal(json[i]!);
    else {
      const hex = unit.toString(16).padStart(4, '0');
      source += '\\\\u' + [...hex].map((d) => (/[a-f]/.test(d) ? `[${d}${d.toUpperCase()}]` : d)).join('');
    }
  }
  return source;
}

function valueSource(value: string, escape: TextEscape): string {
  if (escape === 'none') return literal(value);
  const plain = literal(escapeValue(value, escape));
  const ascii = asciiJsonSource(value);
  return plain === ascii ? plain : `(?:${plain}|${ascii})`;
}

/**
 * What another client must receive for `text` sent by `name`, as a whole-message pattern. Without a
 * name, {name} matches any non-empty name.
 */
function shownPattern(profile: CheckProfile, text: string, name?: string): RegExp {
  let source = '';
  let last = 0;
  for (const m of profile.shown.matchAll(placeholderPattern)) {
    source += literal(profile.shown.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[1] === 'text') source += valueSource(text, profile.escape);
    else if (m[1] === 'name') source += name === undefined ? '[\\s\\S]+?' : valueSource(name, profile.escape);
    else source += '[\\s\\S]*?';
  }
  source += literal(profile.shown.slice(last));
  return new RegExp(`^${source}$`);
}

const decoder = new TextDecoder('utf-8');

/** Is this message (as MessageReader gave it, or already decoded) `text` shown as the profile says? */
export function matchesShown(
  profile: CheckProfile,
  message: Uint8Array | string,
  text: string,
  name?: string,
): boolean {
  const decoded = typeof message === 'string' ? message : decoder.decode(message);
  return shownPattern(profile, text, name).test(decoded);
}
