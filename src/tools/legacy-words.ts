import { loadDictionary, type Dictionary } from '../i18n/index.js';
import type { ToolWords, WordsLoaders } from './tool.js';

/** Until a tool's words move to its folder: its title, hint and help picked from the shared dictionary. */
export function legacyWords(pick: (t: Dictionary) => ToolWords): WordsLoaders {
  return {
    en: async () => ({ default: pick(await loadDictionary('en')) }),
    es: async () => ({ default: pick(await loadDictionary('es')) }),
  };
}
