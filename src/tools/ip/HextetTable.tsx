import { Box, Text } from 'ink';
import type { Dictionary } from '../../i18n/index.js';
import theme from '../../ui/theme.js';
import BitCell from './BitCell.js';

interface HextetTableProps {
  /** The eight groups as four hex digits each. */
  hextets: readonly string[];
  /** Each group's sixteen bits. */
  hextetsBinary: readonly string[];
  /** The bit under the cursor (0-127), or undefined when the bit view has no focus. */
  cursor?: number;
  /** What a screen reader says instead of the table. */
  spoken: Dictionary['spoken'];
}

/** The eight 16-bit groups, one per row: the hex digits, then each digit's four bits under it. */
export default function HextetTable({ hextets, hextetsBinary, cursor, spoken }: HextetTableProps) {
  const said = spoken.hextets({
    hextets: hextets.map((hex, row) => ({ hex, bits: hextetsBinary[row]! })),
    cursor: cursor === undefined ? undefined : { group: Math.floor(cursor / 16) + 1, bit: (cursor % 16) + 1 },
  });
  return (
    <Box flexDirection="column" aria-label={said}>
      {hextets.map((hex, row) => {
        const cursorDigit =
          cursor !== undefined && Math.floor(cursor / 16) === row ? Math.floor((cursor % 16) / 4) : -1;
        return (
          <Text key={row}>
            <Text color={theme.muted}>{String(row + 1).padStart(2)} </Text>
            {[...hex].map((digit, d) => (
              <Text key={d} bold color={d === cursorDigit ? theme.highlight : undefined}>
                {digit}
              </Text>
            ))}
            {'  '}
            {[...hextetsBinary[row]!].map((bit, column) => {
              const here = cursor === row * 16 + column;
              return (
                <Text key={column}>
                  {column > 0 && column % 4 === 0 ? ' ' : ''}
                  <BitCell bit={bit} here={here} />
                </Text>
              );
            })}
          </Text>
        );
      })}
    </Box>
  );
}
