/** ANSI styles for plain output; a tiny table instead of chalk keeps plain commands light. */
const codes = {
  bold: [1, 22],
  dim: [2, 22],
  underline: [4, 24],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39],
  gray: [90, 39],
} as const;

export type Style = keyof typeof codes;
export type Paint = Record<Style, (text: string) => string>;

export function createPaint(enabled: boolean): Paint {
  const paint = {} as Paint;
  for (const [style, [open, close]] of Object.entries(codes) as [Style, readonly [number, number]][]) {
    paint[style] = enabled ? (text) => `\u001B[${open}m${text}\u001B[${close}m` : (text) => text;
  }
  return paint;
}
