import { TextInput } from '@inkjs/ui';
import { Box, Text } from 'ink';
import theme from '../../ui/theme.js';

interface AnswerFieldProps {
  /** Remounts the field empty for each new question. */
  questionKey: string;
  placeholder: string;
  /** Called on every keystroke with the whole text. */
  onChange: (text: string) => void;
  /** Called with the field's text on Enter, or when a pasted chunk ends its line. */
  onSubmit: (text: string) => void;
}

/** Strips control bytes a burst of keys may leave in the field. */
const clean = (text: string) => text.replace(/[\u0000-\u001F\u007F]/g, '');

/** The one-line field where an answer is typed. */
export default function AnswerField({ questionKey, placeholder, onChange, onSubmit }: AnswerFieldProps) {
  const change = (text: string) => {
    const line = /^([^\r\n]*)[\r\n]/.exec(text);
    if (line) onSubmit(clean(line[1]!));
    else onChange(clean(text));
  };
  return (
    <Box>
      <Text color={theme.accent} bold>
        ›{' '}
      </Text>
      <TextInput key={questionKey} placeholder={placeholder} onChange={change} onSubmit={(text) => onSubmit(clean(text))} />
    </Box>
  );
}
