import { useState } from 'react';
import useHostPortFields from '../../ui/hooks/use-host-port-fields.js';
import { isInputError, type InputError } from '../../core/input-error.js';
import { describeInputError } from '../../i18n/index.js';
import { standalone } from '../../i18n/standalone.js';
import type { ServerAddress } from '../../progress/progress-data.js';
import HostPortForm from '../../ui/components/HostPortForm.js';
import { useKeymap } from '../../ui/keymap.js';
import { useShell } from '../../ui/shell-context.js';

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
  const { t } = useShell();
  const fields = useHostPortFields(start, 'host');
  // The error itself, worded at each render: Tab must switch its language too.
  const [badInput, setBadInput] = useState<InputError | undefined>(undefined);
  const submit = () => {
    try {
      onSubmit(parse(fields.host.trim(), fields.port.trim()));
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
        run: fields.otherField,
      },
    ],
    { textEntry: true },
  );
  const problem = badInput ? standalone(describeInputError(badInput, t)) : undefined;
  return (
    <HostPortForm
      {...fields.form}
      labels={words}
      note={{ text: problem ?? words.intro, problem: problem !== undefined }}
    />
  );
}
