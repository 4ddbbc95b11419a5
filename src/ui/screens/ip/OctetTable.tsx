import { Box, Text } from 'ink';
import { placeValues } from '../../../core/ipv4.js';
import theme from '../../theme.js';

interface OctetTableProps {
  /** The four octets. */
  octets: readonly number[];
  /** The bit under the cursor (0-31), or undefined when the bit view has no focus. */
  cursor?: number;
  /** Whether there is room to write each octet as a sum of place values. */
  showSums: boolean;
}

/** The four octets, one per row, each bit under its place value (128 ... 1). */
export default function OctetTable({ octets, cursor, showSums }: OctetTableProps) {
  return (
    <Box flexDirection="column">
      <Text color={theme.muted}>
        {'     '}
        {placeValues.map((value) => String(value).padStart(4)).join('')}
      </Text>
      {octets.map((octet, row) => (
        <Text key={row}>
          {String(octet).padStart(5)}
          {placeValues.map((value, column) => {
            const bit = (octet & value) === 0 ? '0' : '1';
            const here = cursor === row * 8 + column;
            return (
              <Text key={column}>
                {'   '}
                <Text inverse={here} bold={here || bit === '1'} color={here ? theme.highlight : bit === '1' ? theme.accent : theme.muted}>
                  {bit}
                </Text>
              </Text>
            );
          })}
          {showSums ? <Text color={theme.muted}>{`   = ${placeValues.filter((value) => octet & value).join(' + ') || '0'}`}</Text> : null}
        </Text>
      ))}
    </Box>
  );
}
