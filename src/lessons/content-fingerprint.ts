import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A hash of a language folder's lesson files, names and bytes: the build stores it beside the
 * lessons it parsed, so a teacher's later edit is noticed. Bytes rather than file times, which npm
 * resets when it packs.
 */
export function contentFingerprint(folder: string): string {
  const hash = createHash('sha1');
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.md')).sort()) {
    hash.update(`\0${name}\0`).update(readFileSync(join(folder, name)));
  }
  return hash.digest('hex');
}
