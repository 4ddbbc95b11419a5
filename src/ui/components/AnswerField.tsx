import { Box, Text } from 'ink';
import TextField from '../text-field/TextField.js';
import theme from '../theme.js';

interface AnswerFieldProps {
  /** What is typed so far. */
  value: string;
  /** Called with the whole text after each edit; Enter stays the screen's. */
  onChange: (value: string) => void;
  /** Shown dimmed while nothing is typed. */
  placeholder: string;
}

/** The `› ` prompt and a field where a learner types an answer (exams and drills). */
export default function AnswerField({ value, onChange, placeholder }: AnswerFieldProps) {
  return (
    <Box>
      <Text color={theme.accent} bold>
        ›{' '}
      </Text>
      <TextField value={value} placeholder={placeholder} onChange={onChange} />
    </Box>
  );
}
