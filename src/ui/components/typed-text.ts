/**
 * What a burst of keys really typed. A terminal may hand several keys over as one chunk (a paste,
 * a fast typist, a test); the text field then receives DEL bytes and escape sequences as text.
 * Each DEL or backspace removes the character before it; other control characters are dropped.
 */
export function typedText(raw: string): string {
  const withoutSequences = raw.replace(/\u001B\[[0-9;?]*[A-Za-z~]|\u001B./g, '');
  let text = '';
  for (const char of withoutSequences) {
    if (char === '\u007F' || char === '\b') text = [...text].slice(0, -1).join('');
    else if (!/\p{Cc}/u.test(char)) text += char;
  }
  return text;
}
