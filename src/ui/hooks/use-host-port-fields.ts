import { useRef } from 'react';
import useKeptState from './use-kept-state.js';

/** Which field has the keys; `list` when the screen's own list has them instead. */
export type FieldFocus = 'host' | 'port' | 'list';

/**
 * The host and port fields' text and focus (check and the chat screens), kept while another screen
 * covers this one. `form` goes straight to HostPortForm.
 */
export default function useHostPortFields(opening: { host: string; port: number }, firstFocus: FieldFocus) {
  const [host, setHost] = useKeptState('host', opening.host);
  const [port, setPort] = useKeptState('port', String(opening.port));
  const [focus, setFocusState] = useKeptState<FieldFocus>('focus', firstFocus);
  // Ink moves a field's key listener in an effect, after the frame: a key typed in between must not
  // land in the field that just lost focus, so edits check the focus as of the last key.
  const focusNow = useRef(focus);
  const setFocus = (next: FieldFocus) => {
    focusNow.current = next;
    setFocusState(next);
  };
  return {
    host,
    port,
    focus,
    setFocus,
    /** ↑↓: the other field. */
    otherField: () => setFocus(focusNow.current === 'host' ? 'port' : 'host'),
    form: {
      host,
      port,
      focus,
      onHost: (text: string) => focusNow.current === 'host' && setHost(text),
      onPort: (text: string) => focusNow.current === 'port' && setPort(text),
    },
  };
}
