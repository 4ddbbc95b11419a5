import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder that holds `content/`, found by walking up from this module: the code runs from
 * dist/cli.js or dist/chunks/ once bundled, and from src/lessons/ under vitest.
 */
export function findContentRoot(from: string = import.meta.url): string {
  let dir = dirname(from.startsWith('file:') ? fileURLToPath(from) : from);
  for (;;) {
    if (existsSync(join(dir, 'content', 'en'))) return join(dir, 'content');
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`lesson content not found above ${from}: reinstall netlearn`);
    dir = parent;
  }
}
