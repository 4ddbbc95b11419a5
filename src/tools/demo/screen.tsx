import { Box, Text } from 'ink';
import { useEffect, useMemo, useState } from 'react';
import { pythonBindLine } from '../../core/address-tuple.js';
import { displayWidth } from '../../core/display-width.js';
import { useKeymap } from '../../ui/keymap.js';
import { useShell } from '../../ui/shell-context.js';
import TextField from '../../ui/text-field/TextField.js';
import theme from '../../ui/theme.js';
import ClientList from './ClientList.js';
import EventLog from './EventLog.js';
import SidePanel from './SidePanel.js';
import StatesPanel from './StatesPanel.js';
import useAutoplay from './use-autoplay.js';
import useDemoServer from './use-demo-server.js';
import useSocketStates from './use-socket-states.js';
import type { ScreenProps } from '../tool.js';
import type { DemoPayload } from './payload.js';
import type { DemoSources } from './sources.js';

/**
 * The live demo: a real server on this machine, clients added with a key, every connection's
 * address tuple as Python prints it, and a panel that says what just happened.
 */
export default function DemoScreen({ payload, sources }: ScreenProps<DemoPayload, DemoSources>) {
  const { t, width, height } = useShell();
  const s = t.demo.screen;
  const family = payload?.family ?? 'inet';
  const wantedPort = payload?.port ?? 0;
  const { state, server, failure, restart } = useDemoServer(sources.createServer, { family, port: wantedPort });
  const autoplay = useAutoplay(server, (client) => t.demo.greeting({ client }));
  const [chosen, setChosen] = useState<number | undefined>(undefined);
  const [typing, setTyping] = useState(false);
  // The text being typed, to show its size in bytes.
  const [draft, setDraft] = useState('');
  const [scroll, setScroll] = useState(0);
  // A short answer to a key that cannot do anything right now (s with no client to speak).
  const [notice, setNotice] = useState<string | undefined>(undefined);
  // On a small terminal the explanation takes the log's place while this is on.
  const [explaining, setExplaining] = useState(false);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(undefined), 4000);
    return () => clearTimeout(timer);
  }, [notice]);
  const ephemeral = useMemo(() => sources.ephemeralRange(), [sources]);
  const range = `${ephemeral.start}-${ephemeral.end}`;
  // w swaps the explanation for the TCP states of the demo's own port, read from the OS.
  const [showStates, setShowStates] = useState(false);
  const statesPort = family === 'unix' ? 0 : (state.listening?.port ?? 0);
  const states = useSocketStates(sources.tcpSockets, ephemeral, statesPort, showStates);

  const openClients = useMemo(() => state.clients.filter((c) => c && c.acceptedAt && !c.closedBy), [state.clients]);
  const selected = openClients.some((c) => c.id === chosen) ? chosen : openClients.at(-1)?.id;
  const move = (step: number) => {
    if (openClients.length === 0) return;
    const index = Math.max(
      0,
      openClients.findIndex((c) => c.id === selected),
    );
    setChosen(openClients[Math.min(openClients.length - 1, Math.max(0, index + step))]!.id);
  };
  const demo = server.current;
  const running = state.running && Boolean(demo?.running);

  // Below the log it needs some height; otherwise e swaps it with the log.
  const panelFits = width >= 96 || height >= 18;
  useKeymap(
    typing
      ? [
          // Enter is the field's own key; listed here so the footer says how to send.
          { keys: ['enter'], label: s.keys.confirm, run: () => {} },
          { keys: ['escape'], label: s.keys.cancel, run: () => setTyping(false) },
        ]
      : [
          { keys: ['a'], label: s.keys.add, run: () => demo?.running && demo.addClient() },
          {
            keys: ['s'],
            label: s.keys.send,
            run: () => {
              // Only the demo's own clients can be made to speak; an outside one (nc) types for itself.
              if (selected === undefined) return setNotice(s.addClientFirst);
              if (state.clients[selected - 1]?.outside) return setNotice(s.outsideTypes({ client: selected }));
              setNotice(undefined);
              setDraft('');
              setTyping(true);
            },
          },
          { keys: ['up', 'k'], label: s.keys.select, display: '↑↓', run: () => move(-1) },
          { keys: ['down', 'j'], label: s.keys.select, hidden: true, run: () => move(1) },
          {
            keys: ['d'],
            label: s.keys.disconnect,
            run: () => selected !== undefined && demo?.disconnect(selected, 'client'),
          },
          { keys: ['x'], label: s.keys.disconnectAll, run: () => demo?.disconnectAll('client') },
          { keys: ['r'], label: s.keys.server, run: restart },
          { keys: ['p'], label: s.keys.auto, run: autoplay.toggle },
          ...(sources.tcpSockets && family !== 'unix'
            ? [{ keys: ['w'], label: t.sockets.panelKey, run: () => setShowStates((on) => !on) }]
            : []),
          ...(panelFits
            ? []
            : [
                {
                  keys: ['e'],
                  label: explaining ? s.keys.events : s.keys.explain,
                  run: () => setExplaining((on) => !on),
                },
              ]),
          {
            keys: ['pageup'],
            label: s.keys.scroll,
            display: 'PgUp/PgDn',
            run: () => setScroll((n) => Math.min(n + 5, Math.max(0, state.log.length - 1))),
          },
          { keys: ['pagedown'], label: s.keys.scroll, hidden: true, run: () => setScroll((n) => Math.max(0, n - 5)) },
        ],
    { textEntry: typing },
  );

  const listening = state.listening;
  const host = family === 'inet6' ? '::1' : '127.0.0.1';
  const port = listening?.port ?? 0;
  // Before the server listens the port is not known yet: the line shows PORT.
  const pythonLine =
    listening?.pythonBind ?? pythonBindLine({ address: host, family: family === 'inet6' ? 'IPv6' : 'IPv4' });
  const outsideCommand = listening?.family === 'Unix' ? `nc -U ${listening.address}` : `nc ${host} ${port}`;
  const beside = width >= 96;
  const panelWidth = beside ? Math.min(44, Math.max(42, Math.floor(width * 0.38))) : width;
  const mainWidth = beside ? width - panelWidth - 1 : width;
  // The counts line, wrapped at its separators so no part is cut (Spanish runs longer).
  const counts = [
    s.clients({ open: state.open, total: state.clients.length }),
    s.listeningSockets({ listening: running ? 1 : 0, count: state.open }),
  ];
  const countLines: string[][] = [];
  for (const part of autoplay.running ? [...counts, s.autoplay] : counts) {
    const line = countLines.at(-1);
    if (line && displayWidth([...line, part].join(' · ')) < width) line.push(part);
    else countLines.push([part]);
  }
  const headerRows = 2 + countLines.length;
  const inputRows = typing || notice ? 1 : 0;
  const rest = Math.max(4, height - headerRows - inputRows - 2);
  // Narrower than the panel beside the log: the panel goes below it, when there is room.
  const panelRows = beside ? rest : panelFits ? Math.min(8, Math.floor(rest / 2)) : 0;
  const listRows = beside ? rest : rest - panelRows;
  const wide = mainWidth >= 70;
  const twoLines = mainWidth < 96;
  const linesEach = wide && twoLines ? 2 : 1;
  const clientRows =
    linesEach * Math.max(1, Math.min(Math.max(1, openClients.length), Math.floor(listRows / 2 / linesEach)));
  const logRows = Math.max(1, listRows - clientRows);
  const lastClient = state.last && 'client' in state.last ? state.clients[state.last.client - 1] : undefined;

  const sidePanel = (panelColumns: number, rows: number) =>
    showStates ? (
      <StatesPanel states={states} width={panelColumns} rows={rows} t={t} />
    ) : (
      <SidePanel
        last={state.last}
        client={lastClient}
        open={state.open}
        port={port}
        range={range}
        fixedPort={wantedPort !== 0}
        unix={family === 'unix'}
        host={family === 'inet6' ? '[::1]' : '127.0.0.1'}
        width={panelColumns}
        rows={rows}
        t={t}
      />
    );
  const panel = sidePanel(panelWidth, panelRows);

  return (
    <Box flexDirection="column" height={height} width={width}>
      <Text wrap="truncate">
        <Text color={theme.muted}>{s.python}: </Text>
        <Text color={theme.accent}>{pythonLine}</Text>
      </Text>
      <Text wrap="truncate">
        {failure ? (
          <Text color={theme.bad}>
            {t.chat.errors.portInUse({ host, port: wantedPort }).split('. ')[0]} ({failure})
          </Text>
        ) : running ? (
          <Text color={theme.muted}>{s.tryOutside({ command: outsideCommand })}</Text>
        ) : (
          <Text color={theme.warn}>{s.stopped}</Text>
        )}
      </Text>
      {countLines.map((line, index) => (
        <Text key={index} wrap="truncate" color={theme.muted}>
          {line.map((part, at) => (
            <Text key={at} color={part === s.autoplay ? theme.warn : undefined}>
              {at > 0 ? ' · ' : ''}
              {part}
            </Text>
          ))}
        </Text>
      ))}
      <Box marginTop={1} flexDirection="row">
        <Box flexDirection="column" width={mainWidth}>
          {running && openClients.length === 0 && state.clients.length === 0 ? (
            <Text color={theme.muted}>{s.waiting}</Text>
          ) : (
            <ClientList
              clients={openClients}
              selected={selected}
              rows={clientRows}
              wide={wide}
              twoLines={twoLines}
              t={t}
            />
          )}
          {!panelFits && (explaining || showStates) ? (
            sidePanel(mainWidth, logRows)
          ) : (
            <>
              <Text color={theme.muted} bold>
                {s.log}
              </Text>
              <EventLog log={state.log} rows={logRows - 1} scroll={scroll} t={t} />
            </>
          )}
        </Box>
        {beside ? <Box marginLeft={1}>{panel}</Box> : null}
      </Box>
      {!beside && panelRows > 0 ? panel : null}
      {notice && !typing ? <Text color={theme.warn}>{notice}</Text> : null}
      {typing && selected !== undefined ? (
        <Box>
          <Text color={theme.accent}>{s.sendTo({ client: selected })} </Text>
          <TextField
            value={draft}
            placeholder={t.demo.greeting({ client: selected })}
            onChange={setDraft}
            onSubmit={(message) => {
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
