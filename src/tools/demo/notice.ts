import type { Dictionary } from '../../i18n/index.js';

/**
 * A short answer to a key that cannot do anything right now, kept as what happened (not as words)
 * so that Tab words it again in the new language.
 */
export type DemoNotice =
  | { kind: 'addClientFirst' }
  | { kind: 'outsideTypes'; client: number }
  | { kind: 'outsideCloses'; client: number }
  | { kind: 'refused'; target: string };

/** The notice in the dictionary's language. */
export function noticeText(notice: DemoNotice, t: Dictionary): string {
  const s = t.demo.screen;
  switch (notice.kind) {
    case 'addClientFirst':
      return s.addClientFirst;
    case 'outsideTypes':
      return s.outsideTypes(notice);
    case 'outsideCloses':
      return s.outsideCloses(notice);
    case 'refused':
      return s.refused(notice);
  }
}
