// Made on first use: building a Segmenter loads ICU's break rules (about 30 ms), a cost every
// command that merely links this module would otherwise pay at start-up.
let segmenter: Intl.Segmenter | undefined;

/** Code units segmented at a time: V8 copies the whole input for every segment it returns. */
const window = 256;

/**
 * Splits text into the characters a person sees (é as one even when it is e + U+0301). Segmenting
 * one long string costs time quadratic in its length in V8, so it goes a window at a time: every
 * segment but a window's last is final, and the next window starts where that last one began.
 */
export function graphemes(text: string): string[] {
  return Array.from(eachGrapheme(text));
}

/** The characters of `text` one at a time, as `graphemes` cuts them: a long text is never held as an array. */
export function* eachGrapheme(text: string): Generator<string> {
  let start = 0;
  let size = window;
  while (start < text.length) {
    const end = Math.min(text.length, start + size);
    segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const pieces = Array.from(segmenter.segment(text.slice(start, end)), (segment) => segment.segment);
    if (end === text.length) {
      yield* pieces;
      break;
    }
    if (pieces.length < 2) {
      // One character longer than the window (a tower of combining marks): look further.
      size *= 2;
      continue;
    }
    const last = pieces.pop()!;
    yield* pieces;
    start = end - last.length;
    size = window;
  }
}
