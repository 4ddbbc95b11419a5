import { Box } from 'ink';
import TextField from '../../ui/text-field/TextField.js';
import type { CheckWords } from './words.en.js';

interface TargetFormProps {
  host: string;
  port: string;
  focus: 'host' | 'port' | 'list';
  onHost: (host: string) => void;
  onPort: (port: string) => void;
  words: CheckWords['screen'];
}

/** Where the learner's server listens: a host field and a port field (↑↓ move between them). */
export default function TargetForm({ host, port, focus, onHost, onPort, words }: TargetFormProps) {
  return (
    <Box flexDirection="column" flexShrink={0}>
      <TextField label={words.host} value={host} focused={focus === 'host'} onChange={onHost} />
      <TextField label={words.port} value={port} focused={focus === 'port'} onChange={onPort} />
    </Box>
  );
}
