import type { ThemeName } from '../core/theme-names.js';

/** A colour as Ink takes it; undefined leaves the terminal's own foreground. */
type Colour = string | undefined;

/** Colours by meaning, so every screen paints network bits, host bits and errors alike. */
export interface Palette {
  accent: Colour;
  muted: Colour;
  networkBits: Colour;
  hostBits: Colour;
  good: Colour;
  bad: Colour;
  warn: Colour;
  highlight: Colour;
  /** Colours that tell neighbours apart (one per character in the UTF-8 table), cycled. */
  series: readonly Colour[];
}

/** Only the 16 basic colours: the app asks chalk for level 1 (src/app/dispatch.ts). */
const palettes: Record<ThemeName, Palette> = {
  dark: {
    accent: 'cyan',
    muted: 'gray',
    networkBits: 'cyan',
    hostBits: 'magenta',
    good: 'green',
    bad: 'red',
    warn: 'yellow',
    highlight: 'yellow',
    series: ['cyan', 'magenta', 'yellow', 'green', 'blue', 'red'],
  },
  // Yellow and cyan vanish on white: blue and magenta take their parts; grey stays readable there.
  light: {
    accent: 'blue',
    muted: 'gray',
    networkBits: 'blue',
    hostBits: 'magenta',
    good: 'green',
    bad: 'red',
    warn: 'magenta',
    highlight: 'blue',
    series: ['blue', 'magenta', 'red', 'green', 'black', 'blueBright'],
  },
  // No dim or grey: what other themes mute is written in the terminal's own foreground.
  'high-contrast': {
    accent: 'cyanBright',
    muted: undefined,
    networkBits: 'cyanBright',
    hostBits: 'magentaBright',
    good: 'greenBright',
    bad: 'redBright',
    warn: 'yellowBright',
    highlight: 'yellowBright',
    series: ['cyanBright', 'magentaBright', 'yellowBright', 'greenBright', 'whiteBright', 'redBright'],
  },
  mono: {
    accent: undefined,
    muted: undefined,
    networkBits: undefined,
    hostBits: undefined,
    good: undefined,
    bad: undefined,
    warn: undefined,
    highlight: undefined,
    series: [undefined],
  },
};

let active: ThemeName = 'dark';

/** Chooses the palette every screen paints with; the shell calls it before its screens render. */
export function applyTheme(name: ThemeName): void {
  active = name;
}

/**
 * The active palette. Its fields are read when a screen renders, so screens keep `theme.muted` and
 * still follow a change of theme: the shell re-renders every screen when the theme changes.
 */
const theme = Object.defineProperties(
  {},
  Object.fromEntries(
    (Object.keys(palettes.dark) as (keyof Palette)[]).map((field) => [
      field,
      { get: () => palettes[active][field], enumerable: true },
    ]),
  ),
) as Palette;

export default theme;
