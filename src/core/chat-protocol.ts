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

export const nickMaxLength = 20;

export type NickProblem = 'nick-empty' | 'nick-too-long' | 'nick-characters' | 'nick-taken';

/**
 * Why a nick is refused, or undefined when it is fine: 1 to 20 ASCII letters, digits, `_` or `-`,
 * not already used by someone else (ignoring case, so `Ana` and `ana` are not two people).
 */
export function nickProblem(name: string, taken: (lowerCaseName: string) => boolean): NickProblem | undefined {
  if (name.length === 0) return 'nick-empty';
  if (name.length > nickMaxLength) return 'nick-too-long';
  if (!/^[A-Za-z0-9_-]+$/.test(name)) return 'nick-characters';
  if (taken(name.toLowerCase())) return 'nick-taken';
  return undefined;
}
