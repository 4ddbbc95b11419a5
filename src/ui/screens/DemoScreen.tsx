import { Box, Text } from 'ink';
import { useMemo, useState } from 'react';
import { parseFamilyOption, type DemoFamily } from '../../core/socket-options.js';
import { readEphemeralRange } from '../../system/ephemeral-range.js';
import { useKeymap } from '../keymap.js';
import { useShell } from '../shell-context.js';
import theme from '../theme.js';
import LineInput from './chat/LineInput.js';
import ClientList from './demo/ClientList.js';
import EventLog from './demo/EventLog.js';
import SidePanel from './demo/SidePanel.js';
import useAutoplay from './demo/use-autoplay.js';
import useDemoServer from './demo/use-demo-server.js';

function familyParam(text: string | undefined): DemoFamily {
  try {
    return text ? parseFamilyOption(text) : 'inet';
  } catch {
    return 'inet';
  }
}

/**
 * The live demo: a real server on this machine, clients added with a key, every connection's
 * address tuple as Python prints it, and a panel that says what just happened.
 */
export default function DemoScreen() {
  const { t, place, width, height } = useShell();
  const s = t.demo.screen;
  const family = familyParam(place.params?.family);
  const wantedPort = Number(place.params?.port ?? 0) || 0;
  const { state, server, failure, restart } = useDemoServer({ family, port: wantedPort });
  const autoplay = useAutoplay(server, (client) => t.demo.greeting({ client }));
  const [chosen, setChosen] = useState<number | undefined>(undefined);
  const [typing, setTyping] = useState(false);
  // The text being typed, to show its size in bytes.
  const [draft, setDraft] = useState('');
  const [scroll, setScroll] = useState(0);
  const range = useMemo(() => {
    const { start, end } = readEphemeralRange();
    return `${start}-${end}`;
  }, []);

  const openClients = useMemo(() => state.clients.filter((c) => c && c.acceptedAt && !c.closedBy), [state.clients]);
  const selected = openClients.some((c) => c.id === chosen) ? chosen : openClients.at(-1)?.id;
  const move = (step: number) => {
    if (openClients.length === 0) return;
    const index = Math.max(0, openClients.findIndex((c) => c.id === selected));
    setChosen(openClients[Math.min(openClients.length - 1, Math.max(0, index + step))]!.id);
  };
  const demo = server.current;
  const running = state.running && Boolean(demo?.running);

  useKeymap(
    typing
      ? [{ keys: ['escape'], label: s.keys.cancel, run: () => setTyping(false) }]
      : [
          { keys: ['a'], label: s.keys.add, run: () => demo?.running && demo.addClient() },
          {
            keys: ['s'],
            label: s.keys.send,
            run: () => {
              // Only the demo's own clients can be made to speak; an outside one (nc) types for itself.
              if (selected === undefined || state.clients[selected - 1]?.outside) return;
              setDraft('');
              setTyping(true);
            },
          },
          { keys: ['up', 'k'], label: s.keys.select, display: '↑↓', run: () => move(-1) },
          { keys: ['down', 'j'], label: s.keys.select, hidden: true, run: () => move(1) },
          { keys: ['d'], label: s.keys.disconnect, run: () => selected !== undefined && demo?.disconnect(selected, 'client') },
          { keys: ['x'], label: s.keys.disconnectAll, run: () => demo?.disconnectAll('client') },
          { keys: ['r'], label: s.keys.server, run: restart },
          { keys: ['p'], label: s.keys.auto, run: autoplay.toggle },
          { keys: ['pageup'], label: s.keys.scroll, display: 'PgUp/PgDn', run: () => setScroll((n) => Math.min(n + 5, Math.max(0, state.log.length - 1))) },
          { keys: ['pagedown'], label: s.keys.scroll, hidden: true, run: () => setScroll((n) => Math.max(0, n - 5)) },
        ],
    { textEntry: typing },
  );

  const listening = state.listening;
  const host = family === 'inet6' ? '::1' : '127.0.0.1';
  const port = listening?.port ?? 0;
  const pythonLine =
    listening?.family === 'Unix'
      ? `s.bind("${listening.address}"); s.listen()`
      : `s.bind(("${host}", ${listening ? port : 'PORT'})); s.listen()`;
  const outsideCommand = listening?.family === 'Unix' ? `nc -U ${listening.address}` : `nc ${host} ${port}`;
  const showPanel = width >= 96;
  const panelWidth = showPanel ? Math.min(44, Math.max(42, Math.floor(width * 0.38))) : 0;
  const mainWidth = width - panelWidth - (showPanel ? 1 : 0);
  const headerRows = 3;
  const inputRows = typing ? 1 : 0;
  const rest = Math.max(4, height - headerRows - inputRows - 2);
  const clientRows = Math.max(1, Math.min(Math.max(1, openClients.length), Math.floor(rest / 2)));
  const logRows = Math.max(1, rest - clientRows);
  const lastClient = state.last && 'client' in state.last ? state.clients[state.last.client - 1] : undefined;

  return (
    <Box flexDirection="column" height={height} width={width}>
      <Text wrap="truncate">
        <Text color={theme.muted}>{s.python}: </Text>
        <Text color={theme.accent}>{pythonLine}</Text>
      </Text>
      <Text wrap="truncate">
        {failure ? (
          <Text color={theme.bad}>{t.chat.errors.portInUse({ host, port: wantedPort }).split('. ')[0]} ({failure})</Text>
        ) : running ? (
          <Text color={theme.muted}>{s.tryOutside({ command: outsideCommand })}</Text>
        ) : (
          <Text color={theme.warn}>{s.stopped}</Text>
        )}
      </Text>
      <Text wrap="truncate" color={theme.muted}>
        {s.clients({ open: state.open, total: state.clients.length })} · {s.listeningSockets({ listening: running ? 1 : 0, count: state.open })}
        {autoplay.running ? <Text color={theme.warn}> · {s.autoplay}</Text> : null}
      </Text>
      <Box marginTop={1} flexDirection="row">
        <Box flexDirection="column" width={mainWidth}>
          {running && openClients.length === 0 && state.clients.length === 0 ? (
            <Text color={theme.muted}>{s.waiting}</Text>
          ) : (
            <ClientList clients={openClients} selected={selected} rows={clientRows} wide={mainWidth >= 70} family={listening?.family ?? 'IPv4'} t={t} />
          )}
          <Text color={theme.muted} bold>
            {s.log}
          </Text>
          <EventLog log={state.log} rows={logRows - 1} scroll={scroll} t={t} />
        </Box>
        {showPanel ? (
          <Box marginLeft={1}>
            <SidePanel
              last={state.last}
              client={lastClient}
              open={state.open}
              port={port}
              range={range}
              fixedPort={wantedPort !== 0}
              unix={family === 'unix'}
              host={family === 'inet6' ? '[::1]' : '127.0.0.1'}
              width={panelWidth}
              rows={rest}
              t={t}
            />
          </Box>
        ) : null}
      </Box>
      {typing && selected !== undefined ? (
        <Box>
          <Text color={theme.accent}>{s.sendTo({ client: selected })} </Text>
          <LineInput
            placeholder={t.demo.greeting({ client: selected })}
            onDraft={setDraft}
            onLine={(message) => {
              demo?.send(selected, message === '' ? t.demo.greeting({ client: selected }) : message);
              setDraft('');
              setTyping(false);
            }}
          />
          {draft ? <Text color={theme.muted}> ({s.bytes({ bytes: Buffer.byteLength(draft) })})</Text> : null}
        </Box>
      ) : null}
    </Box>
  );
}
