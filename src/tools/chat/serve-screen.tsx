import { Box, Text } from 'ink';
import { useRef, useState } from 'react';
import { wrappedRows } from '../../core/wrap.js';
import { chatLogLine } from './chat-log-line.js';
import { takeServer, type ServerHandoff } from './handoff.js';
import { useKeymap } from '../../ui/keymap.js';
import { useShell } from '../../ui/shell-context.js';
import theme from '../../ui/theme.js';
import WrappedText from '../../ui/components/WrappedText.js';
import useServeLog from './use-serve-log.js';

/**
 * `netlearn serve` on a terminal: how to connect, who is connected with their tuples, and the
 * server's log. Leaving the screen stops the server (the command does that, telling the clients).
 */
export default function ServeScreen() {
  const { t, width, height } = useShell();
  const s = t.chat.serveScreen;
  const handoff = useRef<ServerHandoff | undefined>(undefined);
  if (!handoff.current) handoff.current = takeServer();
  const view = useServeLog(handoff.current);
  const [scroll, setScroll] = useState(0);

  useKeymap([
    { keys: ['pageup'], label: t.chat.client.keys.scroll, display: 'PgUp/PgDn', run: () => setScroll((n) => Math.min(n + 5, Math.max(0, view.events.length - 1))) },
    { keys: ['pagedown'], label: t.chat.client.keys.scroll, hidden: true, run: () => setScroll((n) => Math.max(0, n - 5)) },
  ]);

  const server = handoff.current;
  if (!server) return <Text color={theme.warn}>{t.chat.client.noConnection}</Text>;
  const connectHost = server.host === '0.0.0.0' || server.host === '::' ? '127.0.0.1' : server.host;
  const members = [...view.members];
  const headRows = 3 + (server.reachable.length > 0 ? 2 : 0);
  const rest = Math.max(4, height - headRows);
  const memberRows = Math.max(1, Math.min(members.length || 1, Math.floor(rest / 3)));
  const logRows = Math.max(1, rest - memberRows - 1);
  const end = Math.max(0, view.events.length - scroll);
  // Long lines wrap (the listening line holds the whole connect command): take events from the
  // newest back until they fill the rows; the box keeps the newest at the bottom.
  let start = end;
  let used = 0;
  for (; start > 0 && used < logRows; ) {
    used += wrappedRows(chatLogLine(view.events[--start]!, t, 0), width);
  }
  const shown = view.events.slice(start, end);
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text wrap="truncate" color={theme.accent}>
        {s.connectWith({ host: connectHost, port: server.port })}
      </Text>
      {server.reachable.length > 0 ? (
        <>
          <Text wrap="truncate" color={theme.warn}>
            {t.chat.log.networkWarning({ host: server.host })}
          </Text>
          <Text wrap="truncate" color={theme.warn}>
            {t.chat.log.reachable} {server.reachable.join('  ')}
          </Text>
        </>
      ) : null}
      <Text color={theme.muted} wrap="truncate">
        {s.stopHint}
      </Text>
      <Text bold>{s.clients({ count: members.length })}</Text>
      <Box flexDirection="column" height={memberRows} overflow="hidden">
        {members.length === 0 ? (
          <Text color={theme.muted}>{s.none}</Text>
        ) : (
          members.slice(-memberRows).map(([nick, tuple]) => (
            <Text key={nick} wrap="truncate">
              <Text color={theme.accent}>{nick}</Text> {tuple}
            </Text>
          ))
        )}
      </Box>
      <Text bold color={theme.muted}>
        {s.log}
      </Text>
      <Box flexDirection="column" height={logRows} overflow="hidden" justifyContent={used * 1.25 >= logRows ? 'flex-end' : 'flex-start'}>
        {shown.map((event, index) => (
          <Box key={start + index} flexShrink={0}>
            <WrappedText
              width={width}
              color={event.event === 'closed' ? theme.warn : event.event === 'accepted' ? theme.good : undefined}
            >
              {chatLogLine(event, t, 0)}
            </WrappedText>
          </Box>
        ))}
      </Box>
    </Box>
  );
}
