import { confusablesJson } from './confusables-table.js';

let table: Map<string, string> | undefined;

/**
 * What a nick looks like, for telling two nicks apart as a person would: Unicode's confusable
 * skeleton (UTS #39) of its NFKC, lower-case form. Fullwidth `ａｎａ`, mathematical `𝐚𝐧𝐚` and
 * `ſ` fold in NFKC; Cyrillic `аna` and Greek `Αna` through the confusables table; so each of them
 * has the skeleton of `ana`. (The table is parsed on first use.)
 */
export function nickSkeleton(name: string): string {
  table ??= new Map(Object.entries(JSON.parse(confusablesJson) as Record<string, string>));
  let mapped = '';
  for (const char of name.normalize('NFKC').toLowerCase().normalize('NFD')) mapped += table.get(char) ?? char;
  return mapped.normalize('NFD').toLowerCase();
}

/** Characters that show nothing (or nothing of their own): zero-width ones, fillers, BOM, tags. */
export const defaultIgnorable = /\p{Default_Ignorable_Code_Point}/u;
