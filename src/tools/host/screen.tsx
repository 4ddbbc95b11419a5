import { Box, Text } from 'ink';
import { useState } from 'react';
import { alignRows } from '../../core/display-width.js';
import { interfaceCells } from './interface-cells.js';
import Paragraph from '../../ui/components/Paragraph.js';
import { useKeymap } from '../../ui/keymap.js';
import { useShell } from '../../ui/shell-context.js';
import theme from '../../ui/theme.js';
import useHostModel, { useHostsFile } from './use-host-model.js';
import { answeredByHostsFile } from '../../core/hosts-file.js';
import type { ExamplePayload, ScreenProps } from '../tool.js';
import type { HostTool } from './entry.js';

/** Rows above the interface list: hostname, localhost, a blank line, the heading, the column header. */
const fixedRows = 5;

/** Whether an interface line can open in the subnet tool (IPv4 or IPv6): only one with a prefix. */
const opensInSubnet = (entry: { prefix: number | null } | undefined) => entry !== undefined && entry.prefix !== null;

/** This host: hostname, what localhost means, and the interfaces; Enter opens one in the subnet tool. */
export default function HostScreen({ sources, words }: ScreenProps<HostTool>) {
  const { t, open, width, height } = useShell();
  const model = useHostModel(sources.hostFacts);
  const hostsFile = useHostsFile(sources.hostsFile);
  const [selected, setSelected] = useState(0);
  // Whether Enter was pressed on a line the subnet tool can't open: a flag, worded at render.
  const [refusedOpen, setRefusedOpen] = useState(false);
  const h = words;
  const count = model?.interfaces.length ?? 0;
  const move = (by: number) => {
    setRefusedOpen(false);
    setSelected((index) => (count === 0 ? 0 : (index + by + count) % count));
  };
  const openSelected = () => {
    const entry = model?.interfaces[selected];
    if (!entry) return;
    if (!opensInSubnet(entry)) {
      setRefusedOpen(true);
      return;
    }
    open('subnet', { example: `${entry.address}/${entry.prefix}` } satisfies ExamplePayload);
  };
  useKeymap([
    // One interface (a container with only lo) has no other line to move to.
    ...(count > 1
      ? [
          { keys: ['up', 'k'], label: t.ui.keys.move, display: '↑↓', run: () => move(-1) },
          { keys: ['down', 'j'], label: t.ui.keys.move, hidden: true, run: () => move(1) },
        ]
      : []),
    // A line without a prefix (a mask with holes) can't open in the subnet tool: no Enter there.
    ...(opensInSubnet(model?.interfaces[selected])
      ? [{ keys: ['enter'], label: h.screen.openSubnet, run: openSelected }]
      : []),
  ]);

  if (!model) return <Text color={theme.muted}>{h.screen.loading}</Text>;

  // The netmask column is long for IPv6 and the CIDR already says it: the screen leaves it out.
  const cells = interfaceCells(model, words).map(([name, family, , , cidr, network, internal]) => [
    name!,
    family!,
    cidr!,
    network!,
    internal!,
  ]);
  const columns = h.columns;
  const table = [[columns.name, columns.family, columns.cidr, columns.network, columns.internal], ...cells];
  let [header, ...rows] = alignRows(table);
  // Too narrow for the "internal" column: leave it out (internal lines are still shown dimmed).
  if (Math.max(...rows.map((row) => row.length)) + 2 > width)
    [header, ...rows] = alignRows(table.map((row) => row.slice(0, 4)));
  // A line without a prefix says at once why it does not open in the subnet tool (the footer offers no Enter).
  const shownNotice = refusedOpen || (count > 0 && !opensInSubnet(model.interfaces[selected])) ? h.screen.noPrefix : '';
  const listRows = Math.max(1, height - fixedRows - (shownNotice ? 2 : 0) - 2);
  const first = Math.max(0, Math.min(selected - listRows + 1, count - listRows));
  const label = Math.max(h.hostname.length, h.localhost.length);
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate-end">
        <Text color={theme.muted}>{h.hostname.padEnd(label)} </Text>
        <Text bold>{model.hostname}</Text>
      </Text>
      <Text wrap="truncate-end">
        <Text color={theme.muted}>{h.localhost.padEnd(label)} </Text>
        {model.localhost.length ? model.localhost.join(', ') : h.localhostNone}
        {hostsFile && answeredByHostsFile(model.localhost, hostsFile) ? (
          <Text color={theme.muted}> {h.screen.fromHostsFile({ path: hostsFile.path })}</Text>
        ) : null}
      </Text>
      <Box marginTop={1} flexDirection="column" flexShrink={0}>
        <Text color={theme.muted} wrap="truncate-end">
          {'  '}
          {header}
        </Text>
        {rows.slice(first, first + listRows).map((row, offset) => {
          const index = first + offset;
          const isSelected = index === selected;
          const entry = model.interfaces[index]!;
          return (
            <Text
              key={index}
              wrap="truncate-end"
              color={isSelected ? theme.accent : entry.internal ? theme.muted : undefined}
              bold={isSelected}
            >
              {isSelected ? '› ' : '  '}
              {row}
            </Text>
          );
        })}
      </Box>
      {shownNotice ? (
        <Paragraph color={theme.warn} width={width} keep>
          {shownNotice}
        </Paragraph>
      ) : null}
      <Paragraph color={theme.muted} width={width}>
        {h.lesson}
      </Paragraph>
    </Box>
  );
}
