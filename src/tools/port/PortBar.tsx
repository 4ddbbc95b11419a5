import { Box, Text } from 'ink';
import type { PortRangeId } from '../../core/ports.js';
import theme from '../../ui/theme.js';
import { portBarCells } from './port-bar.js';

interface PortBarProps {
  /** The port to mark. */
  port: number;
  /** This OS's ephemeral range, drawn under the bar. */
  ephemeral: { start: number; end: number };
  /** Columns the bar may take. */
  columns: number;
}

/** A range's colour in the active theme. */
export const rangeColor = (range: PortRangeId) =>
  ({ 'well-known': theme.bad, registered: theme.good, dynamic: theme.accent })[range];

/** Runs of equal values, so the bar is a few Text nodes rather than one per column. */
function runs<T>(values: readonly T[]): { value: T; length: number }[] {
  const out: { value: T; length: number }[] = [];
  for (const value of values) {
    const last = out[out.length - 1];
    if (last && last.value === value) last.length++;
    else out.push({ value, length: 1 });
  }
  return out;
}

/** 0-65535 drawn as one line: the three IANA ranges, the ephemeral range under it, and the port. */
export default function PortBar({ port, ephemeral, columns }: PortBarProps) {
  const cells = portBarCells(port, ephemeral, columns);
  const width = cells.ranges.length;
  const ends = `0${' '.repeat(Math.max(1, width - 6))}65535`;
  return (
    <Box flexDirection="column">
      <Text>
        {runs(cells.ranges).map((run, index) => (
          <Text key={index} color={rangeColor(run.value)}>
            {'█'.repeat(run.length)}
          </Text>
        ))}
      </Text>
      <Text color={theme.warn}>{cells.ephemeral.map((inside) => (inside ? '═' : ' ')).join('')}</Text>
      <Text color={theme.highlight} bold>
        {' '.repeat(cells.marker)}▲ {port}
      </Text>
      <Text color={theme.muted}>{ends}</Text>
    </Box>
  );
}
