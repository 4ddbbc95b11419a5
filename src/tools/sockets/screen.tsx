import { Box, Text } from 'ink';
import { useMemo, useState } from 'react';
import { endTuple } from '../../core/sockets/socket-model.js';
import { useKeymap } from '../../ui/keymap.js';
import { useShell } from '../../ui/shell-context.js';
import TextField from '../../ui/text-field/TextField.js';
import WrappedText from '../../ui/components/WrappedText.js';
import theme from '../../ui/theme.js';
import type { ExamplePayload, ScreenProps } from '../tool.js';
import type { SocketScope } from './look.js';
import { clockTime, scopeText } from './socket-lines.js';
import type { SocketsSources } from './sources.js';
import useSocketWatch from './use-socket-watch.js';

const stateColor = (state: string | null) =>
  state === 'ESTABLISHED' || state === 'LISTEN' ? theme.good : state === null ? theme.muted : theme.warn;

/** Empty: netlearn's own ports; `all` or `*`: every socket; a number: that port; else undefined. */
function scopeOf(text: string): SocketScope | undefined {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === '') return { kind: 'default' };
  if (trimmed === 'all' || trimmed === '*' || trimmed === 'todos') return { kind: 'all' };
  return /^\d{1,5}$/.test(trimmed) && Number(trimmed) <= 65_535
    ? { kind: 'ports', ports: [Number(trimmed)] }
    : undefined;
}

/** The sockets lab: this machine's TCP sockets live, what each state means, and each change with its time. */
export default function SocketsScreen({ payload, sources }: ScreenProps<ExamplePayload, SocketsSources>) {
  const { t, width, height } = useShell();
  const words = t.sockets;
  const [text, setText] = useState(payload?.example ?? '');
  const scope = useMemo(() => scopeOf(text), [text]);
  const watch = useSocketWatch(sources, scope);
  useKeymap([], { textEntry: true });

  const states = [...new Set(watch.rows.map((row) => row.state))];
  const body = Math.max(3, height - 3);
  const rowLines = watch.rows.slice(0, Math.max(1, Math.floor(body / 2)));
  const meaningRoom = Math.max(0, Math.min(states.length, Math.floor((body - rowLines.length) / 3)));
  const changeRoom = Math.max(0, body - rowLines.length - meaningRoom * 2 - 2);
  const changes = watch.changes.slice(-changeRoom);
  const ends = (row: (typeof watch.rows)[number]) =>
    row.state === 'LISTEN'
      ? endTuple(row.local, row.family)
      : `${endTuple(row.local, row.family)} -> ${endTuple(row.remote, row.family)}`;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <TextField label={words.screenPrompt} value={text} placeholder={words.screenPlaceholder} onChange={setText} />
      {!scope ? (
        <Text color={theme.bad}>{words.screenBadPort}</Text>
      ) : watch.failed ? (
        <Text color={theme.bad}>{words.noProc}</Text>
      ) : (
        <Text color={theme.muted} wrap="truncate">
          {watch.rows.length === 0
            ? words.none({ scope: scopeText(scope, watch.ports, t) })
            : words.heading({
                scope: scopeText(scope, watch.ports, t),
                count: watch.rows.length,
                source: sources.tableSource,
              })}
        </Text>
      )}
      {rowLines.map((row, index) => (
        <Text key={index} wrap="truncate">
          <Text color={stateColor(row.state)}>{row.state.padEnd(12)}</Text>
          {words.panelRoles[row.role].padEnd(9)} {ends(row)}
          {row.pid === null ? (
            ''
          ) : (
            <Text color={theme.muted}>
              {' '}
              {row.process ?? ''}:{row.pid}
            </Text>
          )}
        </Text>
      ))}
      {states.slice(0, meaningRoom).map((state) => (
        <Box key={state} flexShrink={0}>
          <WrappedText width={width}>
            {[
              { text: `${state}: `, style: { color: stateColor(state) } },
              { text: words.states[state], style: { color: theme.muted } },
            ]}
          </WrappedText>
        </Box>
      ))}
      {changes.length > 0 ? <Text bold>{words.screenChanges}</Text> : null}
      {changes.map(({ time, change }, index) => (
        <Text key={index} wrap="truncate">
          <Text color={theme.muted}>{clockTime(time)}</Text> {words.panelRoles[change.socket.role]}{' '}
          {change.socket.local.port} <Text color={stateColor(change.from)}>{change.from ?? words.appeared}</Text>
          {' -> '}
          <Text color={stateColor(change.to)}>{change.to ?? words.gone}</Text>
        </Text>
      ))}
    </Box>
  );
}
