import { closest } from '../core/closest.js';
import { langFromEnv, languages, parseLang, type Lang } from '../core/language.js';
import { quoted } from '../i18n/index.js';
import { UsageError } from './usage-error.js';

/** The value of `--lang` if given, read before full parsing so even parse errors speak it. */
export function langFlag(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === '--') break;
    if (token === '--lang') return argv[i + 1] ?? '';
    if (token.startsWith('--lang=')) return token.slice('--lang='.length);
  }
  return undefined;
}

/** The language of this command line: `--lang`, else the environment's; a bad `--lang` is a usage error. */
export function resolveLang(argv: string[], env: NodeJS.ProcessEnv): Lang {
  const flag = langFlag(argv);
  if (flag === undefined) return langFromEnv(env);
  if (flag === '' || flag.startsWith('-')) throw new UsageError((t) => t.cli.errors.missingValue({ option: '--lang' }));
  const lang = parseLang(flag);
  if (lang) return lang;
  throw new UsageError((t) =>
    t.cli.errors.unsupportedLang({
      lang: quoted(flag, t),
      supported: languages.join(', '),
      suggestion: closest(flag, languages),
    }),
  );
}
