import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A language folder's lesson files, names and bytes, end to end: the build stores it beside the
 * lessons it parsed, and the bundle compares it byte for byte to notice a teacher's later edit.
 * Bytes rather than file times, which npm resets when it packs; no hash, whose module costs a
 * plain command more than reading and comparing 40 KB.
 */
export function contentSnapshot(folder: string): Buffer {
  const parts: Buffer[] = [];
  for (const name of readdirSync(folder)
    .filter((file) => file.endsWith('.md'))
    .sort()) {
    parts.push(Buffer.from(`\0${name}\0`), readFileSync(join(folder, name)));
  }
  return Buffer.concat(parts);
}
