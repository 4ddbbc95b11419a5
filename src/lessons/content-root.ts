import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The nearest folder at or above `from` (a file URL or path) that holds `wanted`: the code runs from
 * dist/cli.cjs or dist/tui/chunks/ once bundled, and from src/lessons/ under vitest.
 */
export function findAbove(from: string, wanted: string): string | undefined {
  let dir = dirname(from.startsWith('file:') ? fileURLToPath(from) : from);
  for (;;) {
    if (existsSync(join(dir, wanted))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The `content/` folder that ships beside the code. */
export function findContentRoot(from: string = import.meta.url): string {
  const root = findAbove(from, join('content', 'en'));
  if (root === undefined) throw new Error(`lesson content not found above ${from}: reinstall netlearn`);
  return join(root, 'content');
}
