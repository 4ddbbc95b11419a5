/** The chat's line protocol: what a line a client sends means. Pure, so the rules are tested alone. */
export type ChatInput =
  | { kind: 'say'; text: string }
  | { kind: 'users' }
  | { kind: 'nick'; name: string }
  | { kind: 'quit' }
  | { kind: 'help' }
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
    default:
      return { kind: 'unknown', command };
  }
}

const nickMaxLength = 20;

export type NickProblem = 'nick-empty' | 'nick-too-long' | 'nick-characters' | 'nick-taken';

/** The form two nicks are compared in: NFC (so a composed and a decomposed é agree), lower case. */
export function nickKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/**
 * Why a nick is refused, or undefined when it is fine: 1 to 20 letters or digits of any script
 * (Peña, José, 李), `_` or `-`, with no spaces or control characters, not already used by someone
 * else (compared with nickKey, so `Ana` and `ana` are not two people). Give it the NFC form.
 */
export function nickProblem(name: string, taken: (key: string) => boolean): NickProblem | undefined {
  const length = [...name].length;
  if (length === 0) return 'nick-empty';
  if (length > nickMaxLength) return 'nick-too-long';
  if (!/^[\p{L}\p{N}_-]+$/u.test(name)) return 'nick-characters';
  if (taken(nickKey(name))) return 'nick-taken';
  return undefined;
}
