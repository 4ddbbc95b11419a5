import { tools } from '../tools/index.js';
import { homeSections, type AnyTool, type HomeSection } from '../tools/tool.js';

export interface HomeEntry {
  tool: AnyTool;
  section: HomeSection;
  /** The key that opens it from the home menu. */
  key: string;
}

/** The home menu: every tool that asks for a place, grouped by section, in registry order. */
export function homeMenu(): HomeEntry[] {
  return homeSections.flatMap((section) =>
    tools.flatMap((tool) => (tool.home?.section === section ? [{ tool, section, key: tool.home.key }] : [])),
  );
}

/** The keys as the footer writes them: `0-9` for a full run of digits, then the letters. */
export function keysLabel(keys: readonly string[]): string {
  const digits = keys.filter((key) => /^\d$/.test(key));
  const others = keys.filter((key) => !/^\d$/.test(key));
  const digitPart = digits.length === 10 ? '0-9' : digits.sort().join('');
  return [digitPart, ...others].filter(Boolean).join(' ');
}
