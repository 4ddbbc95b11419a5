/** Colours by meaning, so every screen paints network bits, host bits and errors alike. */
const theme = {
  accent: 'cyan',
  muted: 'gray',
  networkBits: 'cyan',
  hostBits: 'magenta',
  good: 'green',
  bad: 'red',
  warn: 'yellow',
  highlight: 'yellow',
} as const;

export default theme;
