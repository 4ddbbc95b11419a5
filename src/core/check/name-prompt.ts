/** Words a server uses to ask who you are, in the languages learners write their chats in. */
const askingWords =
  /\b(name|nombre|nick|nickname|apodo|usuario|username|alias|user)\b|te\s+llam[aá]s|qui[eé]n\s+sos|qui[eé]n\s+eres|who are you/i;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The pattern to wait for before giving a name, when a server's greeting (bytes, as a binary
 * string) asks for one: it names a name, or it ends in a question or a colon and waits there
 * without a line end. Undefined when the greeting is a plain welcome (or there was none). The
 * pattern matches the same bytes, so a later client's greeting is recognised as it arrives.
 */
export function namePrompt(greeting: string): RegExp | undefined {
  const bytes = Uint8Array.from(greeting, (char) => char.charCodeAt(0));
  const text = new TextDecoder('utf-8').decode(bytes).replace(/\r/g, '');
  if (text.trim() === '') return undefined;
  const waiting = !text.endsWith('\n') && /[?:>]\s*$/.test(text);
  const lastLine = text.trimEnd().split('\n').at(-1) ?? '';
  if (!askingWords.test(lastLine) && !waiting) return undefined;
  const tail = greeting.replace(/\r/g, '').trimEnd().split('\n').at(-1)!.trim();
  return new RegExp(escapeRegExp(tail.slice(-12)));
}
