import { Box, Text } from 'ink';
import { useEffect, useRef, useState } from 'react';
import { pythonTuple } from '../../core/address-tuple.js';
import { wrappedRows } from '../../core/wrap.js';
import { takeConnection, type ChatHandoff } from './handoff.js';
import { useKeymap } from '../../ui/keymap.js';
import { useShell } from '../../ui/shell-context.js';
import theme from '../../ui/theme.js';
import WrappedText from '../../ui/components/WrappedText.js';
import LineInput from './LineInput.js';

/** Lines kept for scrolling back; older ones are dropped. */
const keptLines = 1000;

/**
 * `netlearn connect` on a terminal: the conversation above, the line being typed below. The
 * connection was made (and a refusal reported) by the command; leaving the screen closes it.
 */
export default function ChatScreen() {
  const { t, width, height } = useShell();
  const c = t.chat.client;
  const handoff = useRef<ChatHandoff | undefined>(undefined);
  if (!handoff.current) handoff.current = takeConnection();
  const [lines, setLines] = useState<string[]>(() => handoff.current?.early ?? []);
  const [closed, setClosed] = useState(() => handoff.current?.closedEarly ?? !handoff.current);
  const [scroll, setScroll] = useState(0);

  useEffect(() => {
    const connection = handoff.current?.connection;
    if (!connection) return;
    const onLine = (line: string) => setLines((old) => (old.length >= keptLines ? [...old.slice(-keptLines + 1), line] : [...old, line]));
    const onClose = () => setClosed(true);
    connection.on('line', onLine);
    connection.on('close', onClose);
    if (connection.closed) setClosed(true);
    return () => {
      connection.off('line', onLine);
      connection.off('close', onClose);
      connection.destroy();
    };
  }, []);

  useKeymap(
    [
      { keys: ['pageup'], label: c.keys.scroll, display: 'PgUp/PgDn', run: () => setScroll((n) => Math.min(n + 5, Math.max(0, lines.length - 1))) },
      { keys: ['pagedown'], label: c.keys.scroll, hidden: true, run: () => setScroll((n) => Math.max(0, n - 5)) },
    ],
    { textEntry: !closed },
  );

  const connection = handoff.current?.connection;
  if (!connection) return <Text color={theme.warn}>{c.noConnection}</Text>;
  const rows = Math.max(1, height - 3);
  const end = Math.max(0, lines.length - scroll);
  // Long lines wrap: take lines from the newest back until they fill the rows (an estimate, so the
  // box keeps the newest at the bottom and lets the oldest be cut at the top).
  let start = end;
  let used = 0;
  for (; start > 0 && used < rows; ) used += wrappedRows(lines[--start]!, width);
  const visible = lines.slice(start, end);
  return (
    <Box flexDirection="column" height={height} width={width}>
      <Text color={theme.muted} wrap="truncate">
        {c.connected({ local: pythonTuple(connection.local), remote: pythonTuple(connection.remote) })}
      </Text>
      <Box flexDirection="column" height={rows} overflow="hidden" justifyContent={used * 1.25 >= rows ? 'flex-end' : 'flex-start'}>
        {visible.map((line, index) => (
          <Box key={start + index} flexShrink={0}>
            <WrappedText width={width} color={line.startsWith('*') ? theme.accent : undefined}>
              {line}
            </WrappedText>
          </Box>
        ))}
      </Box>
      {closed ? (
        <Text color={theme.warn}>{c.closed}</Text>
      ) : (
        <Box>
          <Text color={theme.accent}>› </Text>
          <LineInput
            placeholder={c.prompt}
            onLine={(text) => {
              if (text === '') return;
              connection.send(text);
              setLines((old) => [...old.slice(-keptLines + 1), `> ${text}`]);
              setScroll(0);
            }}
          />
        </Box>
      )}
    </Box>
  );
}
