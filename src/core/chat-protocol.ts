import { defaultIgnorable, nickCasedSkeleton, nickSkeleton } from './nick-skeleton.js';
/** The chat's line protocol: what a line a client sends means. Pure, so the rules are tested alone. */
export type ChatInput =
  | { kind: 'say'; text: string }
  | { kind: 'users' }
  | { kind: 'nick'; name: string }
  | { kind: 'quit' }
  | { kind: 'help' }
  | { kind: 'lang'; lang: string }
  | { kind: 'unknown'; command: string }
  | { kind: 'empty' };

export function parseChatLine(line: string): ChatInput {
  const trimmed = line.trim();
  if (trimmed === '') return { kind: 'empty' };
  if (!trimmed.startsWith('/')) return { kind: 'say', text: line };
  const [command = '', ...rest] = trimmed.split(/\s+/);
  switch (command.toLowerCase()) {
    case '/users':
      return { kind: 'users' };
    case '/nick':
      return { kind: 'nick', name: rest.join(' ') };
    case '/quit':
      return { kind: 'quit' };
    case '/help':
      return { kind: 'help' };
    case '/lang':
      return { kind: 'lang', lang: rest.join(' ') };
    default:
      return { kind: 'unknown', command };
  }
}

const nickMaxLength = 20;

export type NickProblem =
  'nick-empty' | 'nick-too-long' | 'nick-invisible' | 'nick-characters' | 'nick-taken' | 'nick-lookalike';

/**
 * The form two nicks are compared in: how they look (see nick-skeleton.ts), so a composed and a
 * decomposed é agree, `Ana` is `ana`, and Cyrillic `аna` or fullwidth `ａｎａ` are `ana` too.
 */
export function nickKey(name: string): string {
  return nickSkeleton(name);
}

/** Every form a nick is compared in: its skeleton, and the one with lookalikes mapped before case folding. */
export function nickKeys(name: string): string[] {
  const keys = [nickSkeleton(name), nickCasedSkeleton(name)];
  return keys[0] === keys[1] ? [keys[0]!] : keys;
}

/** Two nicks a person could take for one another. */
export function nicksCollide(a: string, b: string): boolean {
  const theirs = nickKeys(b);
  return nickKeys(a).some((key) => theirs.includes(key));
}

/** Only case and composition apart: the same nick, not merely a lookalike. */
function sameNick(a: string, b: string): boolean {
  return a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase();
}

/**
 * Why a nick is refused, or undefined when it is fine: 1 to 20 letters or digits of any script
 * (Peña, José, 李), `_` or `-`, with no spaces or control characters, not already used by someone
 * else (compared with nickKey, so `Ana` and `ana`, or `ana` and Cyrillic `аna`, are not two
 * people; `taken` may name the nick in use, to tell a lookalike from the same nick). No invisible
 * (default-ignorable) characters: U+3164 alone, or a zero-width space appended. Give it the NFC form.
 */
export function nickProblem(
  name: string,
  /** Whether someone holds a nick with this key (see nickKeys), and who, when it can say. */
  taken: (key: string) => boolean | string | undefined,
): NickProblem | undefined {
  const length = [...name].length;
  if (length === 0) return 'nick-empty';
  if (length > nickMaxLength) return 'nick-too-long';
  if (defaultIgnorable.test(name)) return 'nick-invisible';
  if (!/^[\p{L}\p{N}_-]+$/u.test(name)) return 'nick-characters';
  for (const key of nickKeys(name)) {
    const other = taken(key);
    if (typeof other === 'string' && !sameNick(other, name)) return 'nick-lookalike';
    if (other) return 'nick-taken';
  }
  return undefined;
}
