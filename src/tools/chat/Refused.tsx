import { Box } from 'ink';
import Paragraph from '../../ui/components/Paragraph.js';
import WrappedText from '../../ui/components/WrappedText.js';
import { useKeymap } from '../../ui/keymap.js';
import { useShell } from '../../ui/shell-context.js';
import theme from '../../ui/theme.js';

interface RefusedProps {
  /** Why the socket could not connect or listen, as one sentence. */
  reason: string;
  /** What to do next, and the two keys' labels. */
  words: { next: string; retry: string; edit: string };
  onRetry: () => void;
  onEdit: () => void;
}

/** Why the chat could not start, and the two ways on: the same address again (r), or another (e). */
export default function Refused({ reason, words, onRetry, onEdit }: RefusedProps) {
  const { width } = useShell();
  useKeymap([
    { keys: ['r'], label: words.retry, run: onRetry },
    { keys: ['e'], label: words.edit, run: onEdit },
  ]);
  return (
    <Box flexDirection="column" width={width}>
      <WrappedText color={theme.warn} width={width}>
        {reason}
      </WrappedText>
      <Paragraph color={theme.muted} width={width}>
        {words.next}
      </Paragraph>
    </Box>
  );
}
