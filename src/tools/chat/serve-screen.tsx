import { Box, Text } from 'ink';
import WrappedText from '../../ui/components/WrappedText.js';
import { wrapText } from '../../core/wrap.js';
import { useEffect, useState } from 'react';
import { chatLogLine } from './chat-log-line.js';
import { describeSocketError } from '../../i18n/socket-error-sentence.js';
import { standalone } from '../../i18n/standalone.js';
import type { ScreenProps } from '../tool.js';
import type { ServeTool } from './serve-entry.js';
import type { ServeWords } from './serve-words.en.js';
import { listenWithHandoff, type ServerHandoff } from './handoff.js';
import type { ChatEvent } from './sources.js';
import { defaultChat } from '../../core/default-chat.js';
import useOpened from './use-opened.js';
import { parseHostOption, parsePortOption } from '../../core/socket-options.js';
import AddressForm from './AddressForm.js';
import Refused from './Refused.js';
import useAddressAttempts, { type AddressAttempts } from './use-address-attempts.js';
import Waiting from './Waiting.js';
import { useKeymap } from '../../ui/keymap.js';
import { useShell } from '../../ui/shell-context.js';
import theme from '../../ui/theme.js';
import LogTail, { type LogLine } from '../../ui/components/LogTail.js';
import useServeLog from './use-serve-log.js';
import { chatWires } from './chat-wires.js';
import { logOverflows } from './log-overflows.js';

/**
 * The chat server: how to connect, who is connected with their tuples, and the server's log.
 * `netlearn serve` hands over the server it started; from the home menu the screen starts one on
 * the default address, and when that fails (the port is taken) offers to try again or to type
 * another host and port. Leaving the screen stops the server, telling the clients.
 */
export default function ServeScreen({ payload, sources, words }: ScreenProps<ServeTool>) {
  const attempts = useAddressAttempts(() => defaultChat);
  const s = words.screen;
  if (attempts.editing)
    return (
      <AddressForm
        start={attempts.target}
        words={{ ...s, intro: s.addressIntro, submit: words.keys.start, field: words.keys.field }}
        parse={(host, port) => ({ host: parseHostOption(host, 'serve'), port: parsePortOption(port) })}
        onSubmit={attempts.submit}
      />
    );
  return (
    <Listen
      key={attempts.attempt}
      payload={attempts.attempt === 1 ? payload : undefined}
      attempts={attempts}
      sources={sources}
      words={words}
    />
  );
}

interface ListenProps {
  payload: ScreenProps<ServeTool>['payload'];
  attempts: AddressAttempts;
  sources: ScreenProps<ServeTool>['sources'];
  words: ServeWords;
}

/** One attempt to listen at the target (or the server the command handed over): the room, or why not. */
function Listen({ payload, attempts, sources, words }: ListenProps) {
  const { t } = useShell();
  const { host, port } = attempts.target;
  const opened = useOpened(
    payload,
    () =>
      listenWithHandoff(
        sources.createServer({ host, port, maxClients: 1000, wire: t.chat.wire, wires: chatWires }),
        host,
      ),
    (handoff) => void handoff.server.stop(),
  );
  if (opened.value) return <ServerView server={opened.value} words={words} />;
  if (opened.failure === undefined) return <Waiting text={words.screen.starting({ host, port })} />;
  const reason = standalone(describeSocketError(opened.failure, t, { host, port }) ?? String(opened.failure));
  return (
    <Refused
      reason={reason}
      words={{ next: words.screen.afterFailure, retry: words.keys.retry, edit: words.keys.edit }}
      onRetry={attempts.retry}
      onEdit={attempts.edit}
    />
  );
}

function ServerView({ server, words }: { server: ServerHandoff; words: ServeWords }) {
  const { t, width, height } = useShell();
  const s = words.screen;
  const view = useServeLog(server);
  // Clients that join from now on hear the language the host reads now (each can still /lang).
  useEffect(() => server.server.setWire(t.chat.wire), [server, t]);
  const [scroll, setScroll] = useState(0);

  const connectHost = server.host === '0.0.0.0' || server.host === '::' ? '127.0.0.1' : server.host;
  const members = [...view.members];
  // The head wraps whole: a cut "connect with" line would be a command that doesn't run.
  const head = [
    { text: s.connectWith({ host: connectHost, port: server.port }), color: theme.accent },
    ...(server.reachable.length > 0
      ? [
          { text: words.log.networkWarning({ host: server.host }), color: theme.warn },
          { text: `${words.log.reachable} ${server.reachable.join('  ')}`, color: theme.warn },
        ]
      : []),
    { text: s.stopHint, color: theme.muted },
  ];
  const headRows = 1 + head.reduce((rows, line) => rows + wrapText(line.text, width).length, 0);
  const rest = Math.max(4, height - headRows);
  const memberRows = Math.max(1, Math.min(members.length || 1, Math.floor(rest / 3)));
  const logRows = Math.max(1, rest - memberRows - 1);
  const logLines = view.events.map((event) => logLine(event, words));
  // A log that fits has nothing to scroll back to: PgUp/PgDn come once it does not.
  useKeymap(
    scroll > 0 || logOverflows(logLines, width, logRows)
      ? [
          {
            keys: ['pageup'],
            label: words.keys.scroll,
            display: 'PgUp/PgDn',
            run: () => setScroll((n) => Math.min(n + 5, Math.max(0, view.events.length - 1))),
          },
          {
            keys: ['pagedown'],
            label: words.keys.scroll,
            hidden: true,
            run: () => setScroll((n) => Math.max(0, n - 5)),
          },
        ]
      : [],
  );
  return (
    <Box flexDirection="column" width={width} height={height}>
      {head.map((line, index) => (
        <WrappedText key={index} width={width} color={line.color}>
          {line.text}
        </WrappedText>
      ))}
      <Text bold>{s.clients({ count: members.length })}</Text>
      <Box flexDirection="column" height={memberRows} overflowY="hidden">
        {members.length === 0 ? (
          <WrappedText color={theme.muted} width={width}>
            {s.none}
          </WrappedText>
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
      <LogTail lines={logLines} scroll={scroll} width={width} rows={logRows} />
    </Box>
  );
}

/** One event as the log shows it, coloured by what happened. */
function logLine(event: ChatEvent, words: ServeWords): LogLine {
  const color = event.event === 'closed' ? theme.warn : event.event === 'accepted' ? theme.good : undefined;
  return { text: chatLogLine(event, words, 0), color };
}
