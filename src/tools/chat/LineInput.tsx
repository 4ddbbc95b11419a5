import { TextInput } from '@inkjs/ui';
import { useEffect, useRef, useState } from 'react';
import { typedLines } from './typed-lines.js';

interface LineInputProps {
  /** Shown while the field is empty. */
  placeholder: string;
  /** Called with each line typed, in order, when Enter is pressed (also inside a fast burst of keys). */
  onLine: (text: string) => void;
  /** Called with the cleaned text being typed. */
  onDraft?: (text: string) => void;
}

/**
 * A one-line field that never holds control characters: a burst of keys (paste, fast typing) is
 * cleaned, and every Enter inside it sends the line before it, so `uno⏎dos⏎` sends two lines.
 */
export default function LineInput({ placeholder, onLine, onDraft }: LineInputProps) {
  // A new key starts the field over with `start` (after a burst was cleaned or a line sent).
  const [field, setField] = useState({ key: 0, start: '' });
  // The last text seen: @inkjs/ui repeats its last change on re-render, and its submit can lag.
  const latest = useRef('');

  const restart = (text: string) => {
    latest.current = text;
    setField((old) => ({ key: old.key + 1, start: text }));
    onDraft?.(text);
  };
  const change = (raw: string) => {
    if (raw === latest.current) return;
    const { lines, rest } = typedLines(raw);
    for (const line of lines) onLine(line);
    if (lines.length > 0 || rest !== raw) restart(rest);
    else {
      latest.current = raw;
      onDraft?.(raw);
    }
  };
  // Enter is handled after the next commit: a key handler set up before the last keystroke's
  // render submits the text as it was then; by the next commit every change has reached `latest`.
  const [pending, setPending] = useState<object | undefined>(undefined);
  useEffect(() => {
    if (!pending) return;
    setPending(undefined);
    const { lines, rest } = typedLines(latest.current);
    for (const line of [...lines, rest]) onLine(line);
    restart('');
    // Runs once per Enter; the callbacks are read as they are then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pending]);
  return <TextInput key={field.key} defaultValue={field.start} placeholder={placeholder} onChange={change} onSubmit={() => setPending({})} />;
}
