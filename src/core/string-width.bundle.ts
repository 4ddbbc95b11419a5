import type stringWidthOf from 'string-width';

let loaded: typeof stringWidthOf | undefined;

/**
 * string-width, loaded on first use: esbuild runs a bundled module reached by require() only when
 * the call happens. Its Intl.Segmenter, made as it loads, costs a plain command more than its work,
 * and most text takes display-width's quick path without it.
 */
export default function stringWidth(text: string): number {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- require() is what makes it lazy
  loaded ??= (require('string-width') as { default: typeof stringWidthOf }).default;
  return loaded(text);
}
