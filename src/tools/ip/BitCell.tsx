import { Text } from 'ink';
import theme from '../../ui/theme.js';

/** One bit of the bit view: ones stand out, and the bit under the cursor is shown inverted. */
export default function BitCell({ bit, here }: { bit: string; here: boolean }) {
  return (
    <Text
      inverse={here}
      bold={here || bit === '1'}
      color={here ? theme.highlight : bit === '1' ? theme.accent : theme.muted}
    >
      {bit}
    </Text>
  );
}
