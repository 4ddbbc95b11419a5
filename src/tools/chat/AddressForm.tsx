import { Box } from 'ink';
import { useRef, useState } from 'react';
import { isInputError, type InputError } from '../../core/input-error.js';
import { describeInputError } from '../../i18n/index.js';
import { standalone } from '../../i18n/standalone.js';
import type { ServerAddress } from '../../progress/progress-data.js';
import HostPortForm from '../../ui/components/HostPortForm.js';
import WrappedText from '../../ui/components/WrappedText.js';
import { useKeymap } from '../../ui/keymap.js';
import { useShell } from '../../ui/shell-context.js';
import theme from '../../ui/theme.js';

interface AddressFormProps {
  /** The address the fields start with: the one just tried. */
  start: ServerAddress;
  /** The fields' labels, the sentence under them, and the keys' labels. */
  words: { host: string; port: string; intro: string; submit: string; field: string };
  /** The typed text as an address, or a typed InputError: the client and the server accept different ports. */
  parse: (host: string, port: string) => ServerAddress;
  /** Called with an address that parses; a bad one is explained under the fields instead. */
  onSubmit: (address: ServerAddress) => void;
}

/** A chat server's host and port, typed: Enter goes, ↑↓ move between the fields. */
export default function AddressForm({ start, words, parse, onSubmit }: AddressFormProps) {
  const { t, width } = useShell();
  const [host, setHost] = useState(start.host);
  const [port, setPort] = useState(String(start.port));
  const [focus, setFocusState] = useState<'host' | 'port'>('host');
  // As on the check screen: a key typed before Ink moves the field's listener must not land in the old field.
  const focusNow = useRef(focus);
  const setFocus = (next: 'host' | 'port') => {
    focusNow.current = next;
    setFocusState(next);
  };
  // The error itself, worded at each render: Tab must switch its language too.
  const [badInput, setBadInput] = useState<InputError | undefined>(undefined);
  const submit = () => {
    try {
      onSubmit(parse(host.trim(), port.trim()));
    } catch (error) {
      if (!isInputError(error)) throw error;
      setBadInput(error);
    }
  };
  useKeymap(
    [
      { keys: ['enter'], label: words.submit, run: submit },
      {
        keys: ['up', 'down'],
        label: words.field,
        display: '↑↓',
        run: () => setFocus(focusNow.current === 'host' ? 'port' : 'host'),
      },
    ],
    { textEntry: true },
  );
  const problem = badInput ? standalone(describeInputError(badInput, t)) : undefined;
  return (
    <Box flexDirection="column" width={width}>
      <HostPortForm
        host={host}
        port={port}
        focus={focus}
        onHost={(text) => focusNow.current === 'host' && setHost(text)}
        onPort={(text) => focusNow.current === 'port' && setPort(text)}
        labels={words}
      />
      <WrappedText color={problem ? theme.bad : theme.muted} width={width}>
        {problem ?? words.intro}
      </WrappedText>
    </Box>
  );
}
