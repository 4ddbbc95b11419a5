import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { profileMaxBytes } from '../core/check/profile.js';
import { InputError } from '../core/input-error.js';
import { findAbove } from '../lessons/content-root.js';

/** The profiles netlearn ships in profiles/, by the name `--profile` may give instead of a path. */
const shippedProfiles = ['netlearn', 'name-first', 'length-prefix'] as const;

/** The path `--profile` means: a shipped profile's file for its bare name, else the path as given. */
function profilePath(given: string): string {
  if (!(shippedProfiles as readonly string[]).includes(given)) return given;
  const root = findAbove(import.meta.url, join('profiles', `${given}.yaml`));
  return root === undefined ? given : join(root, 'profiles', `${given}.yaml`);
}

/**
 * The text of a profile, read no further than one byte past the largest a profile may be, so a
 * wrong path to a huge file costs nothing. Unreadable is a typed input error (exit 2).
 */
export function readProfileText(given: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(profilePath(given), 'r');
    const buffer = Buffer.alloc(profileMaxBytes + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < buffer.length; length += read)
      read = readSync(fd, buffer, length, buffer.length - length, null);
    return buffer.subarray(0, length).toString('utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    throw new InputError('profile-unreadable', { part: given, code, known: shippedProfiles });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
