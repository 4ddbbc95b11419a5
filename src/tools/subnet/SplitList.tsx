import { Box, Text } from 'ink';
import { splitRowAt, type SplitPlan } from '../../core/subnet-split.js';
import theme from '../../ui/theme.js';
import { splitRowColumns } from './split-row.js';
import type { SubnetWords } from './words.en.js';

interface SplitListProps {
  plan: SplitPlan;
  /** The first row shown. */
  offset: number;
  /** How many rows fit. */
  rows: number;
  /** Room across, to drop the host range when it does not fit. */
  width: number;
  words: SubnetWords;
}

/** A window over a split: only the visible rows are computed, each from its index. */
export default function SplitList({ plan, offset, rows, width, words }: SplitListProps) {
  const visible = Math.max(0, Math.min(rows, plan.count - offset));
  const indexWidth = String(plan.count).length;
  // Index, CIDR (19), range (32) and the hosts text must all fit, or the range is left out.
  const hostsText = plan.count > 0 ? splitRowColumns(splitRowAt(plan, 0), words).hosts.length : 0;
  const showRange = width >= indexWidth + 1 + 19 + 32 + hostsText;
  return (
    <Box flexDirection="column">
      {Array.from({ length: visible }, (_, i) => {
        const index = offset + i;
        const { cidr, range, hosts } = splitRowColumns(splitRowAt(plan, index), words);
        return (
          <Text key={index} wrap="truncate-end">
            <Text color={theme.muted}>{String(index + 1).padStart(indexWidth)} </Text>
            <Text color={theme.accent}>{cidr} </Text>
            {showRange ? <Text>{range} </Text> : null}
            <Text color={theme.muted}>{hosts}</Text>
          </Text>
        );
      })}
    </Box>
  );
}
