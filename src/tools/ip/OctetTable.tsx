import { Box, Text } from 'ink';
import { octetSum, placeValues } from '../../core/ipv4.js';
import theme from '../../ui/theme.js';
import BitCell from './BitCell.js';

interface OctetTableProps {
  /** The four octets. */
  octets: readonly number[];
  /** Each octet's eight bits, as the model writes them. */
  octetsBinary: readonly string[];
  /** The bit under the cursor (0-31), or undefined when the bit view has no focus. */
  cursor?: number;
  /** Whether there is room to write each octet as a sum of place values. */
  showSums: boolean;
}

/** The four octets, one per row, each bit under its place value (128 ... 1). */
export default function OctetTable({ octets, octetsBinary, cursor, showSums }: OctetTableProps) {
  return (
    <Box flexDirection="column">
      <Text color={theme.muted}>
        {'     '}
        {placeValues.map((value) => String(value).padStart(4)).join('')}
      </Text>
      {octets.map((octet, row) => (
        <Text key={row}>
          {String(octet).padStart(5)}
          {[...octetsBinary[row]!].map((bit, column) => {
            const here = cursor === row * 8 + column;
            return (
              <Text key={column}>
                {'   '}
                <BitCell bit={bit} here={here} />
              </Text>
            );
          })}
          {showSums ? <Text color={theme.muted}>{`   = ${octetSum(octet)}`}</Text> : null}
        </Text>
      ))}
    </Box>
  );
}
