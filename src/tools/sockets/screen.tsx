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
import { sideBySide, useWide } from '../../ui/wide.js';
import useSocketWatch from './use-socket-watch.js';

const stateColor = (state: string | null) =>
  state === 'ESTABLISHED' || state === 'LISTEN' ? theme.good : state === null ? theme.muted : theme.warn;

/** Rows the list keeps on the shortest screen, whatever the notes under it need. */
const minSocketRows = 3;
/** How many of the newest changes keep their rows under a narrow list. */
const keptChanges = 3;

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
  const wide = useWide(width);
  const [listWidth, sideWidth] = wide ? sideBySide(width, 0.6) : [width, width];
  const listRows = Math.max(1, height - 1 - rowsIn([heading], listWidth));
  // Narrow, what the states mean and the newest few changes stay under the list, and the sockets
  // take every other row; wide, those stand beside the list and the sockets have the whole height.
  const changeTitleRows = changeParts.length > 0 ? 1 : 0;
  const noteRows = wide
    ? 0
    : Math.min(
        rowsIn(meaningParts, width) + changeTitleRows + rowsIn(changeParts.slice(-keptChanges), width),
        // Whatever they need, the sockets keep half the rows (and at least a few).
        Math.max(0, listRows - Math.max(minSocketRows, Math.ceil(listRows / 2))),
      );
  const more = (count: number): TextPart[] => [
    { text: words.screenMore({ count, typed: scope?.kind === 'ports' }), style: { color: theme.warn } },
  ];
  const socketsShown = fitWithMore(socketParts, listRows - noteRows, listWidth, more);
  const sideRows = wide ? height - 1 : listRows - rowsIn(socketsShown, width);
  const meaningsShown = fitParts(meaningParts, sideRows, sideWidth);
  const changesRoom = sideRows - rowsIn(meaningsShown, sideWidth) - changeTitleRows;
  const changesShown = changesRoom > 0 ? fitParts(changeParts, changesRoom, sideWidth, true) : [];
  const lines = (list: TextPart[][], columns: number) =>
    list.map((parts, index) => (
      <WrappedText key={index} width={columns}>
        {parts}
      </WrappedText>
    ));
  const side = (
    <Box flexDirection="column" width={sideWidth} flexShrink={0}>
      {lines(meaningsShown, sideWidth)}
      {changesShown.length > 0 ? <Text bold>{words.screenChanges}</Text> : null}
      {lines(changesShown, sideWidth)}
    </Box>
  );
  return (
    <Box flexDirection="column" width={width} height={height}>
      <TextField label={words.screenPrompt} value={text} placeholder={words.screenPlaceholder} onChange={setText} />
      <Box flexDirection={wide ? 'row' : 'column'} columnGap={2}>
        <Box flexDirection="column" width={listWidth} flexShrink={0}>
          {lines([heading, ...socketsShown], listWidth)}
        </Box>
        {side}
      </Box>
    </Box>
  );
}

/** Rows these parts take, each wrapped whole at the width. */
function rowsIn(list: readonly TextPart[][], width: number): number {
  return list.reduce((rows, parts) => rows + wrapSpans(parts, width).length, 0);
}

/** As many parts as fit the rows, each whole or not at all; from the end keeps the newest. */
function fitParts(list: readonly TextPart[][], rows: number, width: number, fromEnd = false): TextPart[][] {
  const kept: TextPart[][] = [];
  let left = rows;
  for (const parts of fromEnd ? [...list].reverse() : list) {
    const needed = rowsIn([parts], width);
    if (needed > left) break;
    kept.push(parts);
    left -= needed;
  }
  return fromEnd ? kept.reverse() : kept;
}

/** The parts that fit, and a line saying how many were left out (in place of the last one if need be). */
function fitWithMore(
  list: readonly TextPart[][],
  rows: number,
  width: number,
  more: (count: number) => TextPart[],
): TextPart[][] {
  const shown = fitParts(list, rows, width);
  if (shown.length === list.length) return shown;
  while (shown.length > 0 && rowsIn([...shown, more(list.length - shown.length)], width) > rows) shown.pop();
  return [...shown, more(list.length - shown.length)];
}
