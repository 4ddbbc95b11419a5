import { Box, Text } from 'ink';
import { octetSum, placeValues } from '../../core/ipv4.js';
import type { Dictionary } from '../../i18n/index.js';
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
  /** What a screen reader says instead of the table. */
  spoken: Dictionary['spoken'];
}

/** The four octets, one per row, each bit under its place value (128 ... 1). */
export default function OctetTable({ octets, octetsBinary, cursor, showSums, spoken }: OctetTableProps) {
  const said = spoken.octets({
    octets: octets.map((decimal, row) => ({ decimal, bits: octetsBinary[row]! })),
    cursor: cursor === undefined ? undefined : { octet: Math.floor(cursor / 8) + 1, place: placeValues[cursor % 8]! },
  });
  return (
    <Box flexDirection="column" aria-label={said}>
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
