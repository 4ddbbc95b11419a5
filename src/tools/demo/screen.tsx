import { Box, Text } from 'ink';
import { useEffect, useMemo, useState } from 'react';
import { demoServerView } from '../../core/demo-view.js';
import { wrapSpans } from '../../core/wrap.js';
import WrappedText from '../../ui/components/WrappedText.js';
import { useKeymap, type Binding } from '../../ui/keymap.js';
import { useShell } from '../../ui/shell-context.js';
import TextField from '../../ui/text-field/TextField.js';
import theme from '../../ui/theme.js';
import { diagramLines } from './diagram-lines.js';
import { headerLines } from './header-lines.js';
import { noticeText, type DemoNotice } from './notice.js';
import EventLog, { logOverflows } from './EventLog.js';
import SidePanel, { explanationRows, panelRoom } from './SidePanel.js';
import StatesPanel from './StatesPanel.js';
import useAutoplay from './use-autoplay.js';
import useDemoServer from './use-demo-server.js';
import useDiagramClients from './use-diagram-clients.js';
import useSocketStates from './use-socket-states.js';
import type { ScreenProps } from '../tool.js';
import type { DemoTool } from './entry.js';

/**
 * The live demo: a real server on this machine, clients added with a key, every connection's
 * address tuple as Python prints it, and a panel that says what just happened.
 */
export default function DemoScreen({ payload, sources, words }: ScreenProps<DemoTool>) {
  const { t, width, height } = useShell();
  const s = words.screen;
  const family = payload?.family ?? 'inet';
  const wantedPort = payload?.port ?? 0;
  const { state, server, failure, restart } = useDemoServer(sources.createServer, { family, port: wantedPort });
  const autoplay = useAutoplay(server, (client) => words.greeting({ client }));
  const [chosen, setChosen] = useState<number | undefined>(undefined);
  const [typing, setTyping] = useState(false);
  // The text being typed, to show its size in bytes.
  const [draft, setDraft] = useState('');
  const [scroll, setScroll] = useState(0);
  // Rows of the explanation scrolled past, while it stands in the log's place.
  const [panelOffset, setPanelOffset] = useState(0);
  // A short answer to a key that cannot do anything right now (s with no client to speak).
  const [notice, setNotice] = useState<DemoNotice | undefined>(undefined);
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
  const diagramClients = useDiagramClients(state);
  const demo = server.current;
  // A client the stopped server refused: say what Python's connect() says.
  useEffect(() => {
    const last = state.last;
    if (last?.event !== 'failed') return;
    setNotice({ kind: 'refused', target: view.refusedAt(demo?.port ?? view.port) });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per refused client
  }, [state.last]);
  const running = state.running && Boolean(demo?.running);
  // Until the server first listens it is starting, not stopped: "press r" would be wrong for that moment.
  const starting = !state.listening && !failure;

  // Beside the picture when wide; otherwise e (or w) puts it in the log's place.
  const panelFits = width >= 96;
  const inLogsPlace = !panelFits && explaining && !showStates;
  // A new event starts its explanation from the top.
  useEffect(() => setPanelOffset(0), [state.last]);

  const view = useMemo(() => demoServerView(family, state.listening), [family, state.listening]);
  const beside = panelFits;
  const panelWidth = beside ? Math.min(44, Math.max(42, Math.floor(width * 0.38))) : width;
  const mainWidth = beside ? width - panelWidth - 1 : width;
  const header = headerLines(
    {
      pythonLine: view.pythonLine,
      failure,
      running,
      starting,
      outsideCommand: view.outsideCommand,
      host: view.host,
      wantedPort,
      open: state.open,
      total: state.clients.length,
      autoplay: autoplay.running,
    },
    words,
    t,
    width,
  );
  const noticeLines =
    notice && !typing ? wrapSpans([{ text: noticeText(notice, s), style: { color: theme.warn } }], width) : [];
  const rest = Math.max(6, height - header.length - noticeLines.length - (typing ? 1 : 0) - 1);
  // The picture first, leaving the log (or the explanation) at least five rows.
  const picture = diagramLines({
    server: { tuple: view.tuple, running, starting },
    clients: diagramClients,
    selected,
    width: mainWidth,
    rows: Math.max(4, rest - 5),
    words: words.diagram,
  });
  // On a small terminal the explanation (or the states) takes the picture's and the log's rows.
  const panelHere = !beside && (explaining || showStates);
  const below = Math.max(2, rest - picture.length);
  const lastClient = state.last && 'client' in state.last ? state.clients[state.last.client - 1] : undefined;

  const panelProps = {
    last: state.last,
    client: lastClient,
    open: state.open,
    port: view.port,
    range,
    fixedPort: wantedPort !== 0,
    unix: family === 'unix',
    host: view.host,
    words: s,
  };
  // PgUp/PgDn move the explanation where it stands in the log's place, else the log (when shown).
  const scrolls = inLogsPlace
    ? panelOffset > 0 || explanationRows({ ...panelProps, width: mainWidth }).length > panelRoom(rest)
    : !panelHere && (scroll > 0 || logOverflows(state.log, below - 1, mainWidth, words));

  useKeymap(
    typing
      ? [
          // Enter is the field's own key; listed here so the footer says how to send.
          { keys: ['enter'], label: s.keys.confirm, run: () => {} },
          { keys: ['escape'], label: s.keys.cancel, run: () => setTyping(false) },
        ]
      : [
          // With the server stopped the client still tries, and gets the refusal a learner's connect() gets.
          { keys: ['a'], label: s.keys.add, run: () => demo && (demo.running || demo.port > 0) && demo.addClient() },
          {
            keys: ['s'],
            label: s.keys.send,
            run: () => {
              // Only the demo's own clients can be made to speak; an outside one (nc) types for itself.
              if (selected === undefined) return setNotice({ kind: 'addClientFirst' });
              if (state.clients[selected - 1]?.outside) return setNotice({ kind: 'outsideTypes', client: selected });
              setNotice(undefined);
              setDraft('');
              setTyping(true);
            },
          },
          // Choosing needs two clients, closing one; auto-play a running server; scrolling more than fits.
          ...(openClients.length > 1
            ? [
                { keys: ['up', 'k'], label: s.keys.select, display: '↑↓', run: () => move(-1) },
                { keys: ['down', 'j'], label: s.keys.select, hidden: true, run: () => move(1) },
              ]
            : []),
          ...when(selected !== undefined, {
            keys: ['d'],
            label: s.keys.disconnect,
            run: () => {
              if (selected === undefined) return;
              if (state.clients[selected - 1]?.outside) return setNotice({ kind: 'outsideCloses', client: selected });
              demo?.disconnect(selected, 'client');
            },
          }),
          ...when(openClients.length > 0, {
            keys: ['x'],
            label: s.keys.disconnectAll,
            run: () => demo?.disconnectAll('client'),
          }),
          { keys: ['r'], label: s.keys.server, run: restart },
          ...when(running || autoplay.running, { keys: ['p'], label: s.keys.auto, run: autoplay.toggle }),
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
          ...when(scrolls, {
            keys: ['pageup'],
            label: s.keys.scroll,
            display: 'PgUp/PgDn',
            // In the log's place the explanation scrolls; otherwise the log does.
            run: () =>
              inLogsPlace
                ? setPanelOffset((n) => Math.max(0, n - 3))
                : setScroll((n) => Math.min(n + 5, Math.max(0, state.log.length - 1))),
          }),
          ...when(scrolls, {
            keys: ['pagedown'],
            label: s.keys.scroll,
            hidden: true,
            run: () => (inLogsPlace ? setPanelOffset((n) => n + 3) : setScroll((n) => Math.max(0, n - 5))),
          }),
        ],
    { textEntry: typing },
  );

  const sidePanel = (panelColumns: number, rows: number) =>
    showStates ? (
      <StatesPanel states={states} width={panelColumns} rows={rows} t={t} />
    ) : (
      <SidePanel {...panelProps} width={panelColumns} rows={rows} offset={panelOffset} />
    );

  return (
    <Box flexDirection="column" height={height} width={width}>
      {[...header, ...noticeLines].map((line, index) => (
        <WrappedText key={index} width={width}>
          {line}
        </WrappedText>
      ))}
      <Box marginTop={1} flexDirection="row">
        <Box flexDirection="column" width={mainWidth}>
          {(panelHere ? [] : picture).map((line, index) => (
            <WrappedText key={index} width={mainWidth}>
              {line}
            </WrappedText>
          ))}
          {panelHere ? (
            sidePanel(mainWidth, rest)
          ) : (
            <>
              <Text color={theme.muted} bold>
                {s.log}
              </Text>
              <EventLog log={state.log} rows={below - 1} width={mainWidth} scroll={scroll} words={words} />
            </>
          )}
        </Box>
        {beside ? <Box marginLeft={1}>{sidePanel(panelWidth, rest)}</Box> : null}
      </Box>
      {typing && selected !== undefined ? (
        <Box>
          <Text color={theme.accent}>{s.sendTo({ client: selected })} </Text>
          <TextField
            value={draft}
            placeholder={words.greeting({ client: selected })}
            onChange={setDraft}
            onSubmit={(message) => {
              demo?.send(selected, message === '' ? words.greeting({ client: selected }) : message);
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

/** One binding, or none: the footer offers a key only where it acts. */
function when(acts: boolean, binding: Binding): Binding[] {
  return acts ? [binding] : [];
}
