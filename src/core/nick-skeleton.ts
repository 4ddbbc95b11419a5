import { confusablesJson } from './confusables-table.js';

let table: Map<string, string> | undefined;

/**
 * Lookalikes Unicode's table leaves apart or maps to something that still differs in a nick: kra
 * `ĸ` (where Cyrillic `к` goes) passes for `k`, small capital `ᴀ` for `a`, `ʋ` for `v`.
 */
const moreConfusables = new Map([
  ['\u0138', 'k'],
  ['\u1D00', 'a'],
  ['\u028B', 'v'],
]);

function mapConfusables(text: string): string {
  table ??= new Map(Object.entries(JSON.parse(confusablesJson) as Record<string, string>));
  let mapped = '';
  for (const char of text.normalize('NFD')) {
    const prototype = moreConfusables.get(char) ?? table.get(char) ?? char;
    for (const part of prototype) mapped += moreConfusables.get(part) ?? part;
  }
  return mapped.normalize('NFD');
}

/**
 * What a nick looks like, for telling two nicks apart as a person would: Unicode's confusable
 * skeleton (UTS #39) of its NFKC, lower-case form. Fullwidth `ａｎａ`, mathematical `𝐚𝐧𝐚` and
 * `ſ` fold in NFKC; Cyrillic `аna` and Greek `Αna` through the confusables table; so each of them
 * has the skeleton of `ana`. (The table is parsed on first use.)
 */
export function nickSkeleton(name: string): string {
  return mapConfusables(name.normalize('NFKC').toLowerCase()).toLowerCase();
}

/**
 * The skeleton with the table applied before case folding: capital `I` passes for `l` (`Ian` for
 * `lan`), which lower-casing first would hide. Not transitive with the other (`ian` is not `lan`),
 * so a nick has both, and two nicks collide when any of them agree.
 */
export function nickCasedSkeleton(name: string): string {
  return mapConfusables(mapConfusables(name.normalize('NFKC')).toLowerCase()).toLowerCase();
}

/** Characters that show nothing (or nothing of their own): zero-width ones, fillers, BOM, tags. */
export const defaultIgnorable = /\p{Default_Ignorable_Code_Point}/u;
