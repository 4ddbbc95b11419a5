import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

// The README's pictures come from scripts/screenshots.mjs (the real app in a pty at 80x24, the wide
// one at 140x45); this checks that every picture the README shows is there, in both languages, and
// drawn at its size.
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const pictures = [...readme.matchAll(/\]\((docs\/screenshots\/([\w-]+)-(en|es)\.png)\)/g)].map(
  ([, path, name, lang]) => ({ path: path!, name: name!, lang: lang! }),
);
const script = readFileSync(new URL('../../scripts/screenshots.mjs', import.meta.url), 'utf8');
// What scripts/screenshots.mjs draws each picture from: cells of 9x19 pixels, 12 pixels of margin.
const sizeOf = (cols: number, rows: number) => ({ width: 24 + cols * 9, height: 24 + rows * 19 });

describe('the README pictures', () => {
  test('the home, the demo, the subnet screen (also in high contrast), a wide terminal and a lesson, in English and Spanish', () => {
    const names = [...new Set(pictures.map((picture) => picture.name))];
    expect(names).toEqual(['home', 'demo', 'subnet', 'subnet-high-contrast', 'wide', 'lesson']);
    for (const name of names)
      expect(pictures.filter((picture) => picture.name === name).map((picture) => picture.lang)).toEqual(['en', 'es']);
  });

  test('each is a scene of scripts/screenshots.mjs, so anyone can draw it again', () => {
    for (const { name } of pictures) expect(script).toContain(`name: '${name}'`);
  });

  test.each(pictures)('$path is a PNG of an 80x24 terminal, or 140x45 for the wide one', ({ path, name }) => {
    const png = readFileSync(new URL(`../../${path}`, import.meta.url));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const size = name === 'wide' ? sizeOf(140, 45) : sizeOf(80, 24);
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual(size);
  });
});
