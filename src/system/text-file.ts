import { closeSync, openSync, readSync } from 'node:fs';

/**
 * A small text file (a roster), read no further than one byte past `maxBytes`, so a wrong path to a
 * huge file costs nothing: `tooLarge` says the file went past it.
 */
export function readSmallText(path: string, maxBytes: number): { text: string; tooLarge: boolean } {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < buffer.length; length += read)
      read = readSync(fd, buffer, length, buffer.length - length, null);
    return { text: buffer.subarray(0, Math.min(length, maxBytes)).toString('utf8'), tooLarge: length > maxBytes };
  } finally {
    closeSync(fd);
  }
}
