import type { DemoWords } from './words.en.js';

/**
 * A short answer to a key that cannot do anything right now, kept as what happened (not as words)
 * so that Tab words it again in the new language.
 */
export type DemoNotice =
  | { kind: 'addClientFirst' }
  | { kind: 'outsideTypes'; client: number }
  | { kind: 'outsideCloses'; client: number }
  | { kind: 'refused'; target: string };

/** The notice in the screen's language. */
export function noticeText(notice: DemoNotice, s: DemoWords['screen']): string {
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
