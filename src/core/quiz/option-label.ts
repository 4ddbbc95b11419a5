/** A lesson question's option by letter, the same in the lesson text, the reader and the quiz: `a`, `b`… */
export function optionLetter(index: number): string {
  return String.fromCharCode(97 + index);
}

/** The label printed before an option: `a)`. */
export function optionLabel(index: number): string {
  return `${optionLetter(index)})`;
}

/** The option a learner picked by letter (`b`, `B`, `b)`) or number (`2`): its index, if in range. */
export function readOptionChoice(answer: string, count: number): number | undefined {
  const text = answer.trim().toLowerCase().replace(/[).]$/, '');
  let index: number | undefined;
  if (/^[a-z]$/.test(text)) index = text.charCodeAt(0) - 97;
  else if (/^\d+$/.test(text)) index = Number(text) - 1;
  return index !== undefined && index >= 0 && index < count ? index : undefined;
}
