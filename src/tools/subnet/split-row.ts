import type { SubnetRow } from '../../core/subnet-split.js';
import type { SubnetWords } from './words.en.js';

/** One subnet of a split or plan, in the columns `netlearn subnet` and its screen both align. */
export interface SplitRowColumns {
  cidr: string;
  /** `first - last` host. */
  range: string;
  /** "62 hosts". */
  hosts: string;
}

/** A split row's columns, padded; the caller puts one space between them and colours each. */
export function splitRowColumns(row: SubnetRow, words: SubnetWords): SplitRowColumns {
  return {
    cidr: row.cidr.padEnd(18),
    range: `${row.firstHost} - ${row.lastHost}`.padEnd(31),
    hosts: words.split.row({ hosts: row.hosts }),
  };
}
