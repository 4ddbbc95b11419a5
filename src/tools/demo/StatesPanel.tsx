import { Box, Text } from 'ink';
import type { Dictionary } from '../../i18n/index.js';
import theme from '../../ui/theme.js';
import PanelBox from './PanelBox.js';
import type { SocketStates } from './use-socket-states.js';

interface StatesPanelProps {
  /** The sockets on the demo's port and their latest changes. */
  states: SocketStates;
  width: number;
  /** How many rows it may use, the border included. */
  rows: number;
  t: Dictionary;
}

const stateColor = (state: string | null) =>
  state === 'ESTABLISHED' || state === 'LISTEN' ? theme.good : state === null ? theme.muted : theme.warn;

function clock(time: Date): string {
  return time.toTimeString().slice(0, 8) + '.' + String(time.getMilliseconds()).padStart(3, '0');
}

/** The demo's sockets as the OS lists them, each with its state, and the changes as they happen. */
export default function StatesPanel({ states, width, rows, t }: StatesPanelProps) {
  const words = t.sockets;
  const inside = rows - 3; // the border and the title
  // The sockets come first; the newest changes fill what is left, one line each when wide enough.
  const socketLines = states.rows.slice(0, Math.max(1, inside));
  const linesEach = width - 4 >= 54 ? 1 : 2;
  const changeRoom = Math.max(0, Math.floor((inside - socketLines.length - 1) / linesEach));
  const changes = changeRoom > 0 ? states.changes.slice(-changeRoom) : [];
  const side = (role: string) => words.panelRoles[role as keyof typeof words.panelRoles] ?? role;
  return (
    <PanelBox title={words.panelTitle} width={width} rows={rows}>
      {states.rows.length === 0 ? <Text color={theme.muted}>{words.panelEmpty}</Text> : null}
      {socketLines.map((row, index) => (
        <Text key={index} wrap="truncate">
          <Text color={stateColor(row.state)}>{row.state.padEnd(11)}</Text> {side(row.role)}{' '}
          {row.state === 'LISTEN' ? row.local.port : `${row.local.port}->${row.remote.port}`}
        </Text>
      ))}
      {changes.length > 0 ? (
        <Text color={theme.muted} wrap="truncate">
          {words.panelChanges}
        </Text>
      ) : null}
      {changes.map(({ time, change }, index) => (
        <Box key={index} flexDirection={linesEach === 1 ? 'row' : 'column'} flexShrink={0}>
          <Text wrap="truncate">
            <Text color={theme.muted}>{clock(time)}</Text> {side(change.socket.role)} {change.socket.local.port}
          </Text>
          <Text wrap="truncate">
            {linesEach === 1 ? ' ' : '  '}
            <Text color={stateColor(change.from)}>{change.from ?? words.appeared}</Text>
            {' -> '}
            <Text color={stateColor(change.to)}>{change.to ?? words.gone}</Text>
          </Text>
        </Box>
      ))}
    </PanelBox>
  );
}
