/**
 * A sentence a screen shows on its own line, starting with a capital letter. The same sentences
 * follow "netlearn: error:" on the command line, where the Unix convention keeps them lowercase,
 * so the dictionaries hold them lowercase and every screen that shows one alone passes it here.
 * Only a lowercase first letter changes (the one after an opening ¡ or ¿): a sentence that opens
 * with a quote, a digit or an option such as --port stays as it is.
 */
export function standalone(sentence: string): string {
  const first = /^([¡¿]?)(\p{Ll})/u.exec(sentence);
  return first ? `${first[1]}${first[2]!.toUpperCase()}${sentence.slice(first[0].length)}` : sentence;
}
