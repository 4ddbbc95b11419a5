/** The languages netlearn speaks; the first is the fallback. */
export const languages = ['en', 'es'] as const;
export type Lang = (typeof languages)[number];

/** What people write for a language instead of its code, in either language. */
const languageNames: Record<string, Lang> = {
  english: 'en',
  ingles: 'en',
  spanish: 'es',
  espanol: 'es',
  castellano: 'es',
};

/**
 * Reads a language tag such as `es`, `ES`, `es-AR` or `es_AR.UTF-8`, or a name such as `español`;
 * undefined when unsupported.
 */
export function parseLang(tag: string | undefined): Lang | undefined {
  if (!tag) return undefined;
  const primary = tag
    .trim()
    .toLowerCase()
    .split(/[-_.@]/)[0]!;
  const plain = primary.normalize('NFD').replace(/\p{M}/gu, '');
  return languages.find((lang) => lang === primary) ?? languageNames[plain];
}

/**
 * The environment variables that name a locale, in POSIX priority order. LANGUAGE is left out:
 * it only matters to gettext, and setting it alone does not change other programs.
 */
const localeVariables = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const;

/**
 * The first locale variable that is set decides, as POSIX says, even when it names a language
 * netlearn lacks (LC_ALL=fr_FR gives English, not a Spanish LANG). `C` and `POSIX` mean English.
 */
export function langFromEnv(env: Record<string, string | undefined>): Lang {
  for (const name of localeVariables) {
    const value = env[name];
    if (value) return parseLang(value) ?? 'en';
  }
  return 'en';
}
