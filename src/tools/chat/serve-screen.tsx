import { Box, Text } from 'ink';
import { useState } from 'react';
import { wrappedRows } from '../../core/wrap.js';
import { chatLogLine } from './chat-log-line.js';
import { describeSocketError } from '../../i18n/socket-error-sentence.js';
import type { ScreenProps } from '../tool.js';
import { listenWithHandoff, type ServerHandoff } from './handoff.js';
import { defaultChat, type ChatSources } from './sources.js';
import useOpened from './use-opened.js';
import { useKeymap } from '../../ui/keymap.js';
import { useShell } from '../../ui/shell-context.js';
import theme from '../../ui/theme.js';
import WrappedText from '../../ui/components/WrappedText.js';
import useServeLog from './use-serve-log.js';

/**
 * The chat server: how to connect, who is connected with their tuples, and the server's log.
 * `netlearn serve` hands over the server it started; from the home menu the screen starts one on
 * the default port. Leaving the screen stops the server, telling the clients.
 */
export default function ServeScreen({ payload, sources }: ScreenProps<ServerHandoff, ChatSources>) {
  const { t } = useShell();
  const { host, port } = defaultChat;
  const opened = useOpened(
    payload,
    () => listenWithHandoff(sources.createServer({ host, port, maxClients: 1000, wire: t.chat.wire }), host),
    (handoff) => void handoff.server.stop(),
  );
  if (opened.value) return <ServerView server={opened.value} />;
  if (opened.failure === undefined)
    return <Text color={theme.muted}>{t.chat.serveScreen.starting({ host, port })}</Text>;
  const reason = describeSocketError(opened.failure, t, { host, port }) ?? String(opened.failure);
  return <Text color={theme.warn}>{reason}</Text>;
}

function ServerView({ server }: { server: ServerHandoff }) {
  const { t, width, height } = useShell();
  const s = t.chat.serveScreen;
  const view = useServeLog(server);
  const [scroll, setScroll] = useState(0);

  useKeymap([
    {
      keys: ['pageup'],
      label: t.chat.client.keys.scroll,
      display: 'PgUp/PgDn',
      run: () => setScroll((n) => Math.min(n + 5, Math.max(0, view.events.length - 1))),
    },
    {
      keys: ['pagedown'],
      label: t.chat.client.keys.scroll,
      hidden: true,
      run: () => setScroll((n) => Math.max(0, n - 5)),
    },
  ]);

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
  for (; start > 0 && used < logRows;) {
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
      <Box
        flexDirection="column"
        height={logRows}
        overflow="hidden"
        justifyContent={used * 1.25 >= logRows ? 'flex-end' : 'flex-start'}
      >
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
