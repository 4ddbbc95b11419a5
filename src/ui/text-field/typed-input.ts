import type { TextFieldAction } from './use-text-field-state.js';

/** A line end inside typed text: Enter pressed within a burst of keys. */
interface LineEnd {
  type: 'submit';
}

export type TypedEdit = TextFieldAction | LineEnd;

/** An escape sequence (CSI with its parameters, or ESC and one character) typed as text. */
const escapeSequence = /\u001B\[[0-?]*[ -/]*[@-~]|\u001B./gsu;

/**
 * What a chunk of typed text does to a field. A terminal may hand several keys over as one chunk
 * (a paste, a fast typist, a test), so DEL and backspace bytes, line ends and escape sequences
 * arrive as text: each DEL or backspace deletes the grapheme before the cursor, each CR, LF or
 * CRLF ends a line, escape sequences and every other control character are dropped.
 */
export function typedEdits(raw: string): TypedEdit[] {
  const edits: TypedEdit[] = [];
  let text = '';
  const flush = () => {
    if (text !== '') edits.push({ type: 'insert', text });
    text = '';
  };
  for (const char of raw.replace(escapeSequence, '').replace(/\r\n/g, '\n')) {
    if (char === '\u007F' || char === '\b') {
      flush();
      edits.push({ type: 'delete-before' });
    } else if (char === '\r' || char === '\n') {
      flush();
      edits.push({ type: 'submit' });
    } else if (!/\p{Cc}/u.test(char)) text += char;
  }
  flush();
  return edits;
}
