import { Box, Text } from 'ink';
import { wrapText } from '../../core/wrap.js';
import WrappedText from '../../ui/components/WrappedText.js';
import { useEffect, useRef, useState } from 'react';
import { parseConnectPort, parseHostOption } from '../../core/socket-options.js';
import { useProgress } from '../../ui/progress-context.js';
import AddressForm from './AddressForm.js';
import Refused from './Refused.js';
import useAddressAttempts, { type AddressAttempts } from './use-address-attempts.js';
import Waiting from './Waiting.js';
import { pythonTuple } from '../../core/address-tuple.js';
import { defaultChat } from '../../core/default-chat.js';
import { describeSocketError } from '../../i18n/socket-error-sentence.js';
import { standalone } from '../../i18n/standalone.js';
import type { ScreenProps } from '../tool.js';
import type { ChatWords } from './chat-words.en.js';
import type { ChatTool } from './connect-entry.js';
import { connectionHandoff, type ChatHandoff } from './handoff.js';
import useOpened from './use-opened.js';
import { useKeymap } from '../../ui/keymap.js';
import { useShell } from '../../ui/shell-context.js';
import TextField from '../../ui/text-field/TextField.js';
import theme from '../../ui/theme.js';
import LogTail from '../../ui/components/LogTail.js';
import { logOverflows } from './log-overflows.js';
import { speakMyLanguage, welcomeLanguage } from './speak-language.js';

/** Lines kept for scrolling back; older ones are dropped. */
const keptLines = 1000;

/**
 * The chat client: the conversation above, the line being typed below. `netlearn connect` hands
 * over its connection (a refusal was reported by the command); from the home menu the screen dials
 * my server (as last reached, else the default chat) itself, and after a refusal offers to try
 * again or to type another address. Leaving the screen closes the connection.
 */
export default function ChatScreen({ payload, sources, words }: ScreenProps<ChatTool>) {
  if (payload) return <Handed handoff={payload} words={words} />;
  return <Dialer sources={sources} words={words} />;
}

/** The connection `netlearn connect` made: shown until the screen leaves, then closed. */
function Handed({ handoff, words }: { handoff: ChatHandoff; words: ChatWords }) {
  const opened = useOpened(
    handoff,
    () => Promise.resolve(handoff),
    (given) => given.connection.destroy(),
  );
  return opened.value ? <Conversation handoff={opened.value} words={words} /> : null;
}

/** Where the client dials, an attempt at a time; e puts the address in fields to type. */
function Dialer({ sources, words }: { sources: ScreenProps<ChatTool>['sources']; words: ChatWords }) {
  const { progress, update } = useProgress();
  const attempts = useAddressAttempts(() => progress.myServer ?? defaultChat);
  const { target } = attempts;
  // The address that answered is my server from now on, for the next visit and for the check.
  const reached = () =>
    update((saved) =>
      saved.myServer?.host === target.host && saved.myServer.port === target.port
        ? saved
        : { ...saved, myServer: { host: target.host, port: target.port } },
    );
  if (attempts.editing)
    return (
      <AddressForm
        start={target}
        words={{ ...words, intro: words.addressIntro, submit: words.keys.connect, field: words.keys.field }}
        parse={(host, port) => ({ host: parseHostOption(host, 'connect'), port: parseConnectPort(port) })}
        onSubmit={attempts.submit}
      />
    );
  return <Dial key={attempts.attempt} attempts={attempts} sources={sources} words={words} onReached={reached} />;
}

interface DialProps {
  attempts: AddressAttempts;
  sources: ScreenProps<ChatTool>['sources'];
  words: ChatWords;
  onReached: () => void;
}

/** One attempt to join the chat at the target: connecting, the conversation, or why not. */
function Dial({ attempts, sources, words, onReached }: DialProps) {
  const { t, lang } = useShell();
  const { host, port } = attempts.target;
  const opened = useOpened(
    undefined,
    async () => {
      const connection = await sources.connect(host, port);
      speakMyLanguage(connection, lang);
      return connectionHandoff(connection);
    },
    (handoff) => handoff.connection.destroy(),
  );
  useEffect(() => {
    if (opened.value) onReached();
    // Once, when this attempt reaches the server.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened.value]);
  if (opened.value) return <Conversation handoff={opened.value} words={words} />;
  if (opened.failure === undefined) return <Waiting text={words.connecting({ host, port })} />;
  const reason = standalone(describeSocketError(opened.failure, t, { host, port }) ?? String(opened.failure));
  return (
    <Refused
      reason={attempts.attempt > 1 ? `${reason} ${words.attempt({ count: attempts.attempt })}` : reason}
      words={{ next: words.afterRefusal, retry: words.keys.retry, edit: words.keys.edit }}
      onRetry={attempts.retry}
      onEdit={attempts.edit}
    />
  );
}

function Conversation({ handoff, words: c }: { handoff: ChatHandoff; words: ChatWords }) {
  const { lang, width, height } = useShell();
  const [lines, setLines] = useState<string[]>(() => handoff.early);
  const [closed, setClosed] = useState(() => handoff.closedEarly);
  const [scroll, setScroll] = useState(0);
  const [draft, setDraft] = useState('');

  useEffect(() => {
    const { connection } = handoff;
    handoff.release();
    const onLine = (line: string) =>
      setLines((old) => (old.length >= keptLines ? [...old.slice(-keptLines + 1), line] : [...old, line]));
    const onClose = () => setClosed(true);
    connection.on('line', onLine);
    connection.on('close', onClose);
    if (connection.closed) setClosed(true);
    return () => {
      connection.off('line', onLine);
      connection.off('close', onClose);
    };
  }, [handoff]);

  // Tab switches the app's language; a netlearn server (it greeted us) is asked to follow.
  const spoken = useRef(lang);
  useEffect(() => {
    if (spoken.current === lang) return;
    spoken.current = lang;
    if (lines.some((line) => welcomeLanguage(line) !== undefined)) handoff.connection.send(`/lang ${lang}`);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the language changes
  }, [lang]);

  const { connection } = handoff;
  const connected = c.connected({ local: pythonTuple(connection.local), remote: pythonTuple(connection.remote) });
  const rows = Math.max(1, height - 2 - wrapText(connected, width).length);
  // A conversation that fits has nothing to scroll back to: PgUp/PgDn come once it does not.
  const scrolls =
    scroll > 0 ||
    logOverflows(
      lines.map((text) => ({ text })),
      width,
      rows,
    );
  useKeymap(
    scrolls
      ? [
          {
            keys: ['pageup'],
            label: c.keys.scroll,
            display: 'PgUp/PgDn',
            run: () => setScroll((n) => Math.min(n + 5, Math.max(0, lines.length - 1))),
          },
          { keys: ['pagedown'], label: c.keys.scroll, hidden: true, run: () => setScroll((n) => Math.max(0, n - 5)) },
        ]
      : [],
    { textEntry: !closed },
  );
  return (
    <Box flexDirection="column" height={height} width={width}>
      <WrappedText color={theme.muted} width={width}>
        {connected}
      </WrappedText>
      <LogTail
        lines={lines.map((text) => ({ text, color: text.startsWith('*') ? theme.accent : undefined }))}
        scroll={scroll}
        width={width}
        rows={rows}
      />
      {closed ? (
        <WrappedText color={theme.warn} width={width}>
          {c.closed}
        </WrappedText>
      ) : (
        <Box>
          <Text color={theme.accent}>› </Text>
          <TextField
            value={draft}
            placeholder={c.prompt}
            onChange={setDraft}
            onSubmit={(text) => {
              setDraft('');
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
