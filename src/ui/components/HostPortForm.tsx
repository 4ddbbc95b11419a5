import { Box } from 'ink';
import TextField from '../text-field/TextField.js';

interface HostPortFormProps {
  host: string;
  port: string;
  /** Which field has the keys; neither when the screen's list has them. */
  focus: 'host' | 'port' | 'list';
  onHost: (host: string) => void;
  onPort: (port: string) => void;
  /** The fields' labels, in the user's language. */
  labels: { host: string; port: string };
}

/** Where a server listens: a host field and a port field (↑↓ move between them). Check and chat share it. */
export default function HostPortForm({ host, port, focus, onHost, onPort, labels }: HostPortFormProps) {
  return (
    <Box flexDirection="column" flexShrink={0}>
      <TextField label={labels.host} value={host} focused={focus === 'host'} onChange={onHost} />
      <TextField label={labels.port} value={port} focused={focus === 'port'} onChange={onPort} />
    </Box>
  );
}
