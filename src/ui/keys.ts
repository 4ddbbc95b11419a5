import type { Key } from 'ink';

/** Named keys a binding may use; any other string is one literal character. */
const named = {
  up: (key: Key) => key.upArrow,
  down: (key: Key) => key.downArrow,
  left: (key: Key) => key.leftArrow,
  right: (key: Key) => key.rightArrow,
  pageup: (key: Key) => key.pageUp,
  pagedown: (key: Key) => key.pageDown,
  home: (key: Key) => key.home,
  end: (key: Key) => key.end,
  enter: (key: Key) => key.return,
  escape: (key: Key) => key.escape,
  tab: (key: Key) => key.tab && !key.shift,
  backspace: (key: Key) => key.backspace || key.delete,
  space: (_key: Key, input: string) => input === ' ',
  // F1 reaches Ink as Ctrl+G (src/ui/input-filter.ts rewrites it: Ink reports every F key alike).
  f1: (key: Key, input: string) => key.ctrl && input === 'g',
} as const;

export type KeyName = keyof typeof named | (string & {});

/** How the footer writes a key. */
const glyphs: Record<string, string> = {
  up: '↑',
  down: '↓',
  left: '←',
  right: '→',
  pageup: 'PgUp',
  pagedown: 'PgDn',
  home: 'Home',
  end: 'End',
  enter: 'Enter',
  escape: 'Esc',
  tab: 'Tab',
  backspace: '⌫',
  space: 'Space',
  f1: 'F1',
};

export function keyMatches(name: KeyName, input: string, key: Key): boolean {
  const test = named[name as keyof typeof named];
  if (test) return test(key, input);
  return !key.ctrl && !key.meta && input === name;
}

/** Whether the binding would swallow a character a text field wants. */
export function isPrintable(name: KeyName): boolean {
  return !(name in named) || name === 'space';
}

export function keyGlyph(name: KeyName): string {
  return glyphs[name] ?? name;
}
