/** The themes the app paints with (`--theme`, remembered in progress); src/ui/theme.ts holds their colours. */
export const themeNames = ['dark', 'light', 'high-contrast', 'mono'] as const;
export type ThemeName = (typeof themeNames)[number];

/** The theme name if this is one (`--theme`, a saved setting), else undefined. */
export function parseTheme(text: unknown): ThemeName | undefined {
  return themeNames.find((name) => name === text);
}

/** The theme after this one, for the key that cycles them. */
export function nextTheme(name: ThemeName): ThemeName {
  return themeNames[(themeNames.indexOf(name) + 1) % themeNames.length]!;
}
