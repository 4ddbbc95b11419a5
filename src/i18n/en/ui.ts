/** The TUI shell: home menu, navigation, footer. */
const ui = {
  appName: 'netlearn',
  /** Beside a list that shows only part of itself. */
  moreAbove: (p: { count: number }) => `↑ ${p.count} more`,
  moreBelow: (p: { count: number }) => `↓ ${p.count} more`,
  home: {
    title: 'What do you want to learn today?',
    sections: { learn: 'Learn', tools: 'Tools', live: 'Live', practice: 'Practice' },
    items: {
      serve: 'Chat server',
      chat: 'Chat client',
    },
    hints: {
      serve: 'A line chat on 127.0.0.1:5050 that nc and your Python can join',
      chat: 'Join the chat on 127.0.0.1:5050 (start the server first)',
    },
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
  },
  tooSmall: (p: { columns: number; rows: number }) => `Make the terminal a little larger (now ${p.columns}x${p.rows}).`,
};

export default ui;
