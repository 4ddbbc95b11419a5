import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { themeNames } from '../../src/core/theme-names.js';
import theme, { applyTheme } from '../../src/ui/theme.js';

/** Every file of the app's screens: the shell, the UI kit and each tool's screen code. */
function screenFiles(): string[] {
  return (['src/app', 'src/ui', 'src/tools'] as const).flatMap((root) =>
    readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file) && !/words|kinds/.test(file))
      .map((file) => join(root, file))
      .filter((file) => file !== join('src', 'ui', 'theme.ts')),
  );
}

/** A colour written in by name (`color="red"`, `color: 'cyan'`) or dimmed text, on one line. */
const literalColour = /\b(?:color|backgroundColor)\s*[=:]\s*\{?\s*['"`]|\bdimColor\b/;

describe('screens take every colour from the theme', () => {
  test('no screen file names a colour or dims text itself', () => {
    const found = screenFiles().flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) => (literalColour.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });

  test('the check catches a colour written in by name', () => {
    expect(literalColour.test(`<Text color="gray">`)).toBe(true);
    expect(literalColour.test(`{ text: 'x', style: { color: 'red' } }`)).toBe(true);
    expect(literalColour.test(`<Text dimColor>`)).toBe(true);
    expect(literalColour.test(`<Text color={theme.muted}>`)).toBe(false);
  });

  test('each theme keeps its promise: mono has no colour, high contrast no grey', () => {
    try {
      const fields = ['accent', 'muted', 'networkBits', 'hostBits', 'good', 'bad', 'warn', 'highlight'] as const;
      const palette = (name: (typeof themeNames)[number]) => {
        applyTheme(name);
        return [...fields.map((field) => theme[field]), ...theme.series];
      };
      expect(palette('mono').filter((colour) => colour !== undefined)).toEqual([]);
      expect(palette('high-contrast').filter((colour) => colour === 'gray' || colour === 'grey')).toEqual([]);
      expect(palette('light').filter((colour) => /yellow|cyan|white/i.test(colour ?? ''))).toEqual([]);
      // Neighbours in the UTF-8 table stay apart wherever there is colour at all.
      for (const name of themeNames.filter((n) => n !== 'mono')) {
        applyTheme(name);
        expect(new Set(theme.series).size, name).toBe(theme.series.length);
      }
    } finally {
      applyTheme('dark');
    }
  });
});
