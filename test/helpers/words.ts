import type { Lang } from '../../src/core/language.js';
import { dictionary } from '../../src/i18n/dictionaries.js';
import { loadWords, tools } from '../../src/tools/index.js';

/**
 * Every word the app can show in one language: the shared dictionary, and each tool's own words
 * under `tools.<id>` (so `tools.port.screen` is the port screen's words).
 */
export async function everyWord(lang: Lang): Promise<Record<string, unknown>> {
  const own = await Promise.all(tools.map(async (tool) => [tool.id, await loadWords(tool, lang)] as const));
  return { ...dictionary(lang), tools: Object.fromEntries(own) };
}
