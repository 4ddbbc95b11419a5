const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The characters a person sees: an emoji with its modifiers, a flag, a letter with its combining
 * accent each count as one, so the cursor never lands inside them.
 */
export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (part) => part.segment);
}
