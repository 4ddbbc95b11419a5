import { Box, Text } from 'ink';
import TextField from '../../ui/text-field/TextField.js';
import theme from '../../ui/theme.js';
import type { DemoWords } from './words.en.js';

interface MessageFieldProps {
  client: number;
  draft: string;
  onChange: (draft: string) => void;
  /** The message to send: the greeting when the field was left empty. */
  onSend: (message: string) => void;
  words: DemoWords;
}

/** The line a client's message is typed on, with its size in bytes as it grows. */
export default function MessageField({ client, draft, onChange, onSend, words }: MessageFieldProps) {
  const greeting = words.greeting({ client });
  return (
    <Box>
      <Text color={theme.accent}>{words.screen.sendTo({ client })} </Text>
      <TextField
        value={draft}
        placeholder={greeting}
        onChange={onChange}
        onSubmit={(message) => onSend(message === '' ? greeting : message)}
      />
      {draft ? <Text color={theme.muted}> ({words.screen.bytes({ bytes: Buffer.byteLength(draft) })})</Text> : null}
    </Box>
  );
}
