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
      lessons: 'Lessons',
      host: 'This host',
      threads: 'Threads and locks',
      families: 'Address families',
      demo: 'Live demo',
      serve: 'Chat server',
      chat: 'Chat client',
      practice: 'Practice',
    },
    hints: {
      lessons: 'Short lessons, from servers to AF_INET',
      host: 'Your hostname, interfaces and masks',
      threads: 'Lost updates without a lock',
      families: 'AF_INET, AF_INET6 and AF_UNIX side by side',
      demo: "A real server: watch each client's address tuple appear",
      serve: 'A line chat on 127.0.0.1:5050 that nc and your Python can join',
      chat: 'Join the chat on 127.0.0.1:5050 (start the server first)',
      practice: 'Generated exercises with spaced repetition',
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
