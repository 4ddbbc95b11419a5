/** The TUI shell: home menu, navigation, footer. */
const ui = {
  appName: 'netlearn',
  /** Beside a list that shows only part of itself. */
  moreAbove: (p: { count: number }) => `↑ ${p.count} more`,
  moreBelow: (p: { count: number }) => `↓ ${p.count} more`,
  home: {
    title: 'What do you want to learn today?',
    sections: { learn: 'Learn', tools: 'Tools', live: 'Live', practice: 'Practice' },
  },
  keys: {
    /** Keys that move through text taller than the screen. */
    scroll: 'scroll',
    page: 'page',
    ends: 'top/end',
    move: 'move',
    open: 'open',
    back: 'back',
    quit: 'quit',
    language: 'español',
    shortcut: 'jump',
    /** The space bar, as the footer names it. */
    space: 'Space',
    loading: 'Loading…',
    /** Opens the list of every key. */
    keyList: 'keys',
    close: 'close',
    theme: 'next theme',
  },
  keyList: {
    title: 'Every key, from the same table as the footer',
    screen: (p: { title: string }) => `On ${p.title}`,
    app: 'Everywhere in the app',
  },
  tooSmall: (p: { columns: number; rows: number }) => `Make the terminal a little larger (now ${p.columns}x${p.rows}).`,
};

export default ui;
