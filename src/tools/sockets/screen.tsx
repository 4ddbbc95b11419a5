import { Box, Text } from 'ink';
import { useMemo, useState } from 'react';
import { endTuple } from '../../core/sockets/socket-model.js';
import { useKeymap } from '../../ui/keymap.js';
import { useShell } from '../../ui/shell-context.js';
import TextField from '../../ui/text-field/TextField.js';
import WrappedText, { type TextPart } from '../../ui/components/WrappedText.js';
import { wrapSpans } from '../../core/wrap.js';
import theme from '../../ui/theme.js';
import type { ScreenProps } from '../tool.js';
import type { SocketsTool } from './entry.js';
import type { SocketScope } from './look.js';
import { clockTime, scopeText } from './socket-lines.js';
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
export default function SocketsScreen({ payload, sources, words }: ScreenProps<SocketsTool>) {
  const { t, width, height } = useShell();
  /** The roles and state changes as the demo's panel names them. */
  const shared = t.sockets;
  const [text, setText] = useState(payload?.example ?? '');
  const scope = useMemo(() => scopeOf(text), [text]);
  const watch = useSocketWatch(sources, scope);
  useKeymap([], { textEntry: true });

  const states = [...new Set(watch.rows.map((row) => row.state))];
  const ends = (row: (typeof watch.rows)[number]) =>
    row.state === 'LISTEN'
      ? endTuple(row.local, row.family)
      : `${endTuple(row.local, row.family)} -> ${endTuple(row.remote, row.family)}`;
  // Every part as styled text, wrapped whole at the width (a cut tuple would be a wrong address).
  const heading: TextPart[] = !scope
    ? [{ text: words.screenBadPort, style: { color: theme.bad } }]
    : watch.failed
      ? [{ text: words.noProc, style: { color: theme.bad } }]
      : [
          {
            text:
              watch.rows.length === 0
                ? words.none({ scope: scopeText(scope, watch.ports, words) })
                : words.heading({
                    scope: scopeText(scope, watch.ports, words),
                    count: watch.rows.length,
                    source: sources.tableSource,
                  }),
            style: { color: theme.muted },
          },
        ];
  const socketParts = watch.rows.map((row): TextPart[] => [
    { text: row.state.padEnd(12), style: { color: stateColor(row.state) } },
    { text: `${shared.panelRoles[row.role].padEnd(9)} ${ends(row)}` },
    ...(row.pid === null ? [] : [{ text: ` ${row.process ?? ''}:${row.pid}`, style: { color: theme.muted } }]),
  ]);
  const meaningParts = states.map((state): TextPart[] => [
    { text: `${state}: `, style: { color: stateColor(state) } },
    { text: words.states[state], style: { color: theme.muted } },
  ]);
  const changeParts = watch.changes.map(({ time, change }): TextPart[] => [
    { text: `${clockTime(time)} `, style: { color: theme.muted } },
    { text: `${shared.panelRoles[change.socket.role]} ${change.socket.local.port} ` },
    { text: change.from ?? shared.appeared, style: { color: stateColor(change.from) } },
    { text: ' -> ' },
    { text: change.to ?? shared.gone, style: { color: stateColor(change.to) } },
  ]);
  // The rows below the field: sockets first (at most half), what their states mean, then the
  // newest changes; each part whole or not at all.
  const rowsOf = (parts: TextPart[]) => wrapSpans(parts, width).length;
  let left = Math.max(1, height - 1 - rowsOf(heading));
  const take = (list: TextPart[][], budget: number, fromEnd = false) => {
    const kept: TextPart[][] = [];
    for (const parts of fromEnd ? [...list].reverse() : list) {
      const rows = rowsOf(parts);
      if (rows > budget) break;
      kept.push(parts);
      budget -= rows;
      left -= rows;
    }
    return fromEnd ? kept.reverse() : kept;
  };
  const socketsShown = take(socketParts, Math.max(1, Math.floor(left / 2)));
  if (socketsShown.length < socketParts.length) {
    // Say how many are left out; give back the last socket shown if the line would not fit.
    const more = (): TextPart[] => [
      { text: words.screenMore({ count: socketParts.length - socketsShown.length }), style: { color: theme.warn } },
    ];
    while (socketsShown.length > 0 && left < rowsOf(more())) left += rowsOf(socketsShown.pop()!);
    const line = more();
    socketsShown.push(line);
    left -= rowsOf(line);
  }
  const meaningsShown = take(meaningParts, left);
  const changesShown = watch.changes.length > 0 && left > 1 ? take(changeParts, left - 1, true) : [];
  return (
    <Box flexDirection="column" width={width} height={height}>
      <TextField label={words.screenPrompt} value={text} placeholder={words.screenPlaceholder} onChange={setText} />
      {[heading, ...socketsShown, ...meaningsShown].map((parts, index) => (
        <WrappedText key={index} width={width}>
          {parts}
        </WrappedText>
      ))}
      {changesShown.length > 0 ? <Text bold>{words.screenChanges}</Text> : null}
      {changesShown.map((parts, index) => (
        <WrappedText key={index} width={width}>
          {parts}
        </WrappedText>
      ))}
    </Box>
  );
}
