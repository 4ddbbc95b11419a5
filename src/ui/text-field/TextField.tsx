import { Box, Text } from 'ink';
import theme from '../theme.js';
import { graphemes } from '../../core/graphemes.js';
import useTextField from './use-text-field.js';
import useTextFieldState, { type TextFieldState } from './use-text-field-state.js';

interface TextFieldProps {
  /** The text; the field's owner keeps it and gets every change through `onChange`. */
  value: string;
  /** Called with the whole text after each edit. */
  onChange: (value: string) => void;
  /** Called with the text on Enter (and at each line end in a paste); without it Enter is the screen's. */
  onSubmit?: (value: string) => void;
  /** Whether keys go to the field; without focus it shows its text plainly. */
  focused?: boolean;
  /** Shown dimmed while the field is empty. */
  placeholder?: string;
  /** Names the field: `› label: ` while it has focus, muted `  label: ` otherwise. */
  label?: string;
}

/** The text with the cursor drawn as an inverted grapheme (a space after the last one). */
function FieldText({ state, focused, placeholder }: { state: TextFieldState; focused: boolean; placeholder: string }) {
  if (state.value === '') {
    if (!focused)
      return placeholder ? (
        <Text color={theme.muted} italic>
          {placeholder}
        </Text>
      ) : null;
    const [first = ' ', ...rest] = graphemes(placeholder);
    return (
      <Text>
        <Text inverse>{first}</Text>
        <Text color={theme.muted} italic>
          {rest.join('')}
        </Text>
      </Text>
    );
  }
  if (!focused) return <Text>{state.value}</Text>;
  const parts = graphemes(state.value);
  return (
    <Text>
      {parts.slice(0, state.cursor).join('')}
      <Text inverse>{parts[state.cursor] ?? ' '}</Text>
      {parts.slice(state.cursor + 1).join('')}
    </Text>
  );
}

/** A one-line, controlled text field: its owner holds the text, the field edits it key by key. */
export default function TextField(props: TextFieldProps) {
  const { value, onChange, onSubmit, focused = true, placeholder = '', label } = props;
  const store = useTextFieldState(value);
  useTextField(store, { isActive: focused, onChange, onSubmit });
  const text = <FieldText state={store.state} focused={focused} placeholder={placeholder} />;
  if (label === undefined) return text;
  return (
    <Box>
      <Text bold={focused} color={focused ? theme.accent : theme.muted}>
        {focused ? '› ' : '  '}
        {label}:{' '}
      </Text>
      {text}
    </Box>
  );
}
