import { TextInput } from '@inkjs/ui';
import { Box, Text } from 'ink';
import { useState } from 'react';
import theme from '../theme.js';
import { typedText } from './typed-text.js';

interface TextFieldProps {
  /** Shown before the field. */
  label: string;
  /** The text the field starts with; a new `version` makes it start over with this text. */
  value: string;
  /** Bumped when the text was changed from outside the field. */
  version: number;
  /** Whether keys go to the field. */
  focused: boolean;
  placeholder: string;
  /** Called on every keystroke with the whole text. */
  onChange: (text: string) => void;
}

/** A one-line text field with its label; shows its text plainly while it has no focus. */
export default function TextField({ label, value, version, focused, placeholder, onChange }: TextFieldProps) {
  // Bumped when a burst of keys left control bytes in the field, so it starts over with clean text.
  const [cleanups, setCleanups] = useState(0);
  const change = (raw: string) => {
    // @inkjs/ui repeats its last change on every re-render (its effect depends on this callback):
    // only a focused field can have been typed into.
    if (!focused || raw === value) return;
    const text = typedText(raw);
    if (text !== raw) setCleanups((n) => n + 1);
    onChange(text);
  };
  return (
    <Box>
      <Text bold={focused} color={focused ? theme.accent : theme.muted}>
        {focused ? '› ' : '  '}
        {label}:{' '}
      </Text>
      <TextInput key={`${version}-${cleanups}`} defaultValue={value} isDisabled={!focused} placeholder={placeholder} onChange={change} />
    </Box>
  );
}
