import { Box, Text } from 'ink';
import type { BlockRecord } from '../../core/network-steps.js';
import theme from '../../ui/theme.js';

interface ExcludeListProps {
  /** What is left of the network, largest block first (at most one block a bit of the split). */
  blocks: readonly BlockRecord[];
  /** How many rows fit. */
  rows: number;
}

/** The blocks left once one subnet is taken out of the network: CIDR, then its first and last address. */
export default function ExcludeList({ blocks, rows }: ExcludeListProps) {
  return (
    <Box flexDirection="column">
      {blocks.slice(0, Math.max(0, rows)).map((block) => (
        <Text key={block.cidr} wrap="truncate-end">
          <Text color={theme.accent}>{block.cidr.padEnd(19)}</Text>
          <Text>
            {block.first} - {block.last}
          </Text>
        </Text>
      ))}
    </Box>
  );
}
