import { closest } from '../core/closest.js';
import { parseTheme, themeNames, type ThemeName } from '../core/theme-names.js';
import type { Dictionary } from '../i18n/index.js';
import { visible } from '../i18n/visible-text.js';

/**
 * A mistake in how the command line was written; always exit 2. It holds how to say it rather than
 * the sentence, so the dictionary is loaded only when there is something to say.
 */
export class UsageError extends Error {
  constructor(readonly describe: (t: Dictionary) => string) {
    super('usage error');
  }
}

/** The theme `--theme` names, if given; a name that is none is a usage error. */
export function resolveTheme(flag: string | undefined): ThemeName | undefined {
  if (flag === undefined) return undefined;
  const theme = parseTheme(flag);
  if (theme) return theme;
  throw new UsageError((t) =>
    t.cli.errors.unknownTheme({
      theme: visible(flag),
      supported: themeNames.join(', '),
      suggestion: closest(flag, themeNames),
    }),
  );
}
