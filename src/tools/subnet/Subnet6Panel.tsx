import { Box, Text } from 'ink';
import { expandIPv6 } from '../../core/ipv6.js';
import { split6RowAt } from '../../core/subnet6-split.js';
import { bitRange6 } from '../../core/subnet6.js';
import type { Dictionary } from '../../i18n/index.js';
import theme from '../../ui/theme.js';
import { scrollableRows, type Subnet6View } from './use-subnet-state.js';
import type { SubnetWords } from './words.en.js';

interface Subnet6PanelProps {
  view: Subnet6View;
  /** The first split row shown, and how many fit. */
  offset: number;
  rows: number;
  words: SubnetWords;
  /** What a screen reader says instead of the address cut at the boundary. */
  spoken: Dictionary['spoken'];
}

/** Rows the panel takes above its list when the boundary falls inside a group (one less on a group edge). */
export const subnet6FixedRows = 7;

/**
 * An IPv6 network on the subnet screen: the full form cut at the boundary (and, inside a group,
 * that group's bits cut at the exact bit), the range, the count, and a window over the split.
 */
export default function Subnet6Panel({ view, offset, rows, words, spoken }: Subnet6PanelProps) {
  const { model, parsed, plan } = view;
  const labels = words.v6.labels;
  const labelWidth = Math.max(labels.firstAddress.length, labels.lastAddress.length, labels.network.length) + 1;
  const label = (text: string) => <Text color={theme.muted}>{text.padEnd(labelWidth)}</Text>;
  const groups = expandIPv6(parsed.address).split(':');
  const whole = Math.floor(parsed.prefix / 16);
  const inside = parsed.prefix % 16;
  const net = groups.slice(0, whole).join(':');
  const host = groups.slice(inside === 0 ? whole : whole + 1).join(':');
  const groupBits = inside === 0 ? '' : bitRange6(parsed.address, whole * 16, whole * 16 + 16);
  const count = scrollableRows(view);
  const visible = Math.max(0, Math.min(rows, count - offset));
  const indexWidth = String(Math.min(count, offset + rows)).length;
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        {label(labels.network)}
        <Text bold>{`${model.network}/${model.prefix}`}</Text>
      </Text>
      <Box
        flexDirection="column"
        aria-label={spoken.boundary6({ network: `${model.network}/${model.prefix}`, prefix: parsed.prefix })}
      >
        <Text wrap="truncate-end">
          <Text color={theme.networkBits}>{net}</Text>
          {inside === 0 ? (
            <Text bold color={theme.highlight}>
              {whole === 0 || whole === 8 ? '' : ' | '}
            </Text>
          ) : (
            <Text>
              {whole === 0 ? '' : ':'}
              <Text bold color={theme.highlight}>
                {groups[whole]}
              </Text>
              {whole === 7 ? '' : ':'}
            </Text>
          )}
          <Text color={theme.hostBits}>{host}</Text>
        </Text>
        {inside === 0 ? null : (
          <Text wrap="truncate-end">
            <Text bold color={theme.highlight}>{`${groups[whole]} = `}</Text>
            <Text color={theme.networkBits}>{groupBits.slice(0, inside)}</Text>
            <Text bold color={theme.highlight}>
              |
            </Text>
            <Text color={theme.hostBits}>{groupBits.slice(inside)}</Text>
          </Text>
        )}
      </Box>
      <Text wrap="truncate-end">
        {label(labels.firstAddress)}
        {model.firstAddress}
      </Text>
      <Text wrap="truncate-end">
        {label(labels.lastAddress)}
        {model.lastAddress}
      </Text>
      <Text wrap="truncate-end" color={theme.muted}>
        {words.v6.screen.count({ power: model.addressesPower })}
      </Text>
      <Box marginTop={1}>
        <Text bold wrap="truncate-end">
          {words.v6.screen.listHeader({
            prefix: plan.prefix,
            count: plan.count.toString(),
            from: offset + 1,
            to: offset + visible,
          })}
        </Text>
      </Box>
      {Array.from({ length: visible }, (_, i) => {
        const row = split6RowAt(plan, BigInt(offset + i));
        return (
          <Text key={offset + i} wrap="truncate-end">
            <Text color={theme.muted}>{String(offset + i + 1).padStart(indexWidth)} </Text>
            <Text color={theme.accent}>{row.cidr}</Text>
          </Text>
        );
      })}
    </Box>
  );
}
