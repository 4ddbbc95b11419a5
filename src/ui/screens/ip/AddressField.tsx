import { TextInput } from '@inkjs/ui';
import { Box, Text } from 'ink';
import theme from '../../theme.js';

interface AddressFieldProps {
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
export default function AddressField({ label, value, version, focused, placeholder, onChange }: AddressFieldProps) {
  return (
    <Box>
      <Text bold={focused} color={focused ? theme.accent : theme.muted}>
        {focused ? '› ' : '  '}
        {label}:{' '}
      </Text>
      <TextInput key={version} defaultValue={value} isDisabled={!focused} placeholder={placeholder} onChange={onChange} />
    </Box>
  );
}
