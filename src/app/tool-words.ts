import { use } from 'react';
import { languages, type Lang } from '../core/language.js';
import { loadWords, tools } from '../tools/index.js';
import type { AnyTool, ToolWords } from '../tools/tool.js';

/** A tool's words in every language: the shell switches language at any moment. */
export type BothWords = Readonly<Record<Lang, ToolWords>>;

/** A promise React's `use` reads without suspending once it has settled. */
type Tracked<T> = Promise<T> & { status?: 'fulfilled'; value?: T };

const loaded = new Map<AnyTool, Tracked<BothWords>>();

/** Loads one tool's words in every language, once. */
function loadBothWords(tool: AnyTool): Promise<BothWords> {
  const known = loaded.get(tool);
  if (known) return known;
  const loading: Tracked<BothWords> = Promise.all(languages.map((lang) => loadWords(tool, lang))).then(
    (both) => Object.fromEntries(languages.map((lang, index) => [lang, both[index]!])) as Record<Lang, ToolWords>,
  );
  void loading.then((value) => Object.assign(loading, { status: 'fulfilled', value }));
  loaded.set(tool, loading);
  return loading;
}

/** Loads every tool's words: the home menu names them all. */
export function loadAllWords(): Promise<BothWords[]> {
  return Promise.all(tools.map(loadBothWords));
}

/** Every tool's words by tool id; suspends until they have loaded. */
export function useAllWords(): ReadonlyMap<string, BothWords> {
  for (const tool of tools) void loadBothWords(tool);
  return new Map(tools.map((tool) => [tool.id, use(loadBothWords(tool))]));
}
