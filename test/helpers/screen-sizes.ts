/** The sizes every screen is drawn at in the layout tests: a small, a classic and a wide terminal. */
export const screenSizes = [
  [60, 20],
  [80, 24],
  [140, 45],
] as const;
