import { Box, Text } from 'ink';
import { useMemo, useState } from 'react';
import type { DemoFamily } from '../../core/socket-options.js';
import { fixedDemoPort } from './payload.js';
import { demoServerView } from '../../core/demo-view.js';
import { wrapSpans } from '../../core/wrap.js';
import WrappedText from '../../ui/components/WrappedText.js';
import { useShell } from '../../ui/shell-context.js';
import theme from '../../ui/theme.js';
import { spokenDiagram } from './spoken-diagram.js';
import { diagramLines } from './diagram-lines.js';
import { headerLines } from './header-lines.js';
import { noticeText } from './notice.js';
import EventLog, { logOverflows } from './EventLog.js';
import MessageField from './MessageField.js';
import SidePanel, { explanationRows, panelRoom } from './SidePanel.js';
import StatesPanel from './StatesPanel.js';
import useAutoplay from './use-autoplay.js';
import useDemoKeys, { type DemoKeyFacts } from './use-demo-keys.js';
import useDemoScreenState from './use-demo-screen-state.js';
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
  // f switches between a port the OS picks and the fixed one: a new server, so a new view.
  const [wantedPort, setWantedPort] = useState(payload?.port ?? 0);
  const family = payload?.family ?? 'inet';
  const switchPort =
    family === 'unix'
      ? undefined
      : wantedPort === fixedDemoPort
        ? { label: words.screen.keys.anyPort, run: () => setWantedPort(0) }
        : { label: words.screen.keys.fixedPort({ port: fixedDemoPort }), run: () => setWantedPort(fixedDemoPort) };
  return (
    <DemoView
      key={wantedPort}
      family={family}
      wantedPort={wantedPort}
      switchPort={switchPort}
      sources={sources}
      words={words}
    />
  );
}

interface DemoViewProps {
  family: DemoFamily;
  wantedPort: number;
  switchPort: DemoKeyFacts['switchPort'];
  sources: ScreenProps<DemoTool>['sources'];
  words: ScreenProps<DemoTool>['words'];
}

function DemoView({ family, wantedPort, switchPort, sources, words }: DemoViewProps) {
  const { t, width, height } = useShell();
  const s = words.screen;
  const { state, server, failure, restart } = useDemoServer(sources.createServer, { family, port: wantedPort });
  const autoplay = useAutoplay(server, (client) => words.greeting({ client }));
  const view = useMemo(() => demoServerView(family, state.listening), [family, state.listening]);
  const demo = server.current;
  const [ui, dispatch] = useDemoScreenState(state.last, () => view.refusedAt(demo?.port ?? view.port));
  const { typing, draft, explaining, showStates } = ui;
  const ephemeral = useMemo(() => sources.ephemeralRange(), [sources]);
  const states = useSocketStates(sources.tcpSockets, ephemeral, family === 'unix' ? 0 : view.port, showStates);

  const openClients = useMemo(() => state.clients.filter((c) => c && c.acceptedAt && !c.closedBy), [state.clients]);
  const selected = openClients.some((c) => c.id === ui.chosen) ? ui.chosen : openClients.at(-1)?.id;
  const diagramClients = useDiagramClients(state);
  const running = state.running && Boolean(demo?.running);
  // Until the server first listens it is starting, not stopped: "press r" would be wrong for that moment.
  const starting = !state.listening && !failure;

  // Beside the picture when wide; otherwise e (or w) puts it in the log's place.
  const beside = width >= 96;
  const inLogsPlace = !beside && explaining && !showStates;
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
    width,
  );
  const noticeLines =
    ui.notice && !typing ? wrapSpans([{ text: noticeText(ui.notice, s), style: { color: theme.warn } }], width) : [];
  const rest = Math.max(6, height - header.length - noticeLines.length - (typing ? 1 : 0) - 1);
  // The picture first, leaving the log (or the explanation) at least five rows.
  const drawn = { server: { tuple: view.tuple, running, starting }, clients: diagramClients, selected };
  const picture = diagramLines({ ...drawn, width: mainWidth, rows: Math.max(4, rest - 5), words: words.diagram });
  // On a small terminal the explanation (or the states) takes the picture's and the log's rows.
  const panelHere = !beside && (explaining || showStates);
  const below = Math.max(2, rest - picture.length);
  const lastClient = state.last && 'client' in state.last ? state.clients[state.last.client - 1] : undefined;

  const panelProps = {
    last: state.last,
    client: lastClient,
    open: state.open,
    port: view.port,
    range: `${ephemeral.start}-${ephemeral.end}`,
    fixedPort: wantedPort !== 0,
    unix: family === 'unix',
    host: view.host,
    words: s,
  };
  // PgUp/PgDn move the explanation where it stands in the log's place, else the log (when shown).
  const scrolls = inLogsPlace
    ? ui.panelOffset > 0 || explanationRows({ ...panelProps, width: mainWidth }).length > panelRoom(rest)
    : !panelHere && (ui.scroll > 0 || logOverflows(state.log, below - 1, mainWidth, words));
  useDemoKeys(
    {
      demo,
      typing,
      clients: state.clients,
      openClients,
      selected,
      autoplayable: running || autoplay.running,
      toggleAutoplay: autoplay.toggle,
      restart,
      switchPort,
      canShowStates: Boolean(sources.tcpSockets) && family !== 'unix',
      panelFits: beside,
      explaining,
      inLogsPlace,
      scrolls,
      logMax: Math.max(0, state.log.length - 1),
    },
    dispatch,
    s,
    t.sockets.panelKey,
  );

  const sidePanel = (panelColumns: number, rows: number) =>
    showStates ? (
      <StatesPanel states={states} width={panelColumns} rows={rows} t={t} />
    ) : (
      <SidePanel {...panelProps} width={panelColumns} rows={rows} offset={ui.panelOffset} />
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
          {panelHere ? null : (
            <Box flexDirection="column" aria-label={spokenDiagram(drawn, t.spoken)}>
              {picture.map((line, index) => (
                <WrappedText key={index} width={mainWidth}>
                  {line}
                </WrappedText>
              ))}
            </Box>
          )}
          {panelHere ? (
            sidePanel(mainWidth, rest)
          ) : (
            <>
              <Text color={theme.muted} bold>
                {s.log}
              </Text>
              <EventLog log={state.log} rows={below - 1} width={mainWidth} scroll={ui.scroll} words={words} />
            </>
          )}
        </Box>
        {beside ? <Box marginLeft={1}>{sidePanel(panelWidth, rest)}</Box> : null}
      </Box>
      {typing && selected !== undefined ? (
        <MessageField
          client={selected}
          draft={draft}
          onChange={(next) => dispatch({ type: 'draft', draft: next })}
          onSend={(message) => {
            demo?.send(selected, message);
            dispatch({ type: 'sent' });
          }}
          words={words}
        />
      ) : null}
    </Box>
  );
}
