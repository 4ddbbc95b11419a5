import { Box } from 'ink';
import TextField from '../text-field/TextField.js';
import { useShell } from '../shell-context.js';
import theme from '../theme.js';
import WrappedText from './WrappedText.js';

interface HostPortFormProps {
  host: string;
  port: string;
  /** Which field has the keys; neither when the screen's list has them. */
  focus: 'host' | 'port' | 'list';
  onHost: (host: string) => unknown;
  onPort: (port: string) => unknown;
  /** The fields' labels, in the user's language. */
  labels: { host: string; port: string };
  /** The sentence under the fields: what they are for, or what is wrong with what was typed. */
  note: { text: string; problem: boolean };
}

/**
 * Where a server listens: a host field and a port field (↑↓ move between them), and a sentence under
 * them. Check and chat share it.
 */
export default function HostPortForm({ host, port, focus, onHost, onPort, labels, note }: HostPortFormProps) {
  const { width } = useShell();
  return (
    <Box flexDirection="column" flexShrink={0} width={width}>
      <TextField label={labels.host} value={host} focused={focus === 'host'} onChange={onHost} />
      <TextField label={labels.port} value={port} focused={focus === 'port'} onChange={onPort} />
      <WrappedText color={note.problem ? theme.bad : theme.muted} width={width}>
        {note.text}
      </WrappedText>
    </Box>
  );
}
