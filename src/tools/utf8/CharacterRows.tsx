import { Box, Text } from 'ink';
import { padColumns } from '../../core/display-width.js';
import { escapeControls, hexByte, type Utf8Character } from '../../core/utf8.js';
import type { Dictionary } from '../../i18n/index.js';
import theme from '../../ui/theme.js';

/** One colour per character, cycling, so a character's bytes can be found in the byte line. */
export const colorOf = (index: number) => theme.series[index % theme.series.length];

/** One row of the list: a code point of a character, in that character's colour. */
export interface CodePointRow {
  key: string;
  color: string | undefined;
  text: string;
  /** What a screen reader says of the row instead of its columns of bits. */
  said: string;
}

/**
 * Each character's rows (one per code point): the glyph on its first, U+XXXX, its bytes and bits. The
 * list scrolls by these rows, not by characters: an emoji of two code points takes two.
 */
export function codePointRows(characters: readonly Utf8Character[], spoken: Dictionary['spoken']): CodePointRow[] {
  return characters.flatMap((character, index) =>
    character.codePoints.map((entry, nth) => {
      const glyph = nth === 0 ? padColumns(escapeControls(character.char), 5) : '     ';
      const bytes = entry.bytes.map(hexByte).join(' ').padEnd(12);
      const bits = entry.bits.map((bit) => `${bit.marker}|${bit.payload}`).join(' ');
      return {
        key: `${index}-${nth}`,
        color: colorOf(index),
        text: `${glyph}${entry.codePoint.padEnd(9)}${bytes}${bits}`,
        said: spoken.utf8Row({
          char: escapeControls(character.char),
          codePoint: entry.codePoint,
          bytes: entry.bytes.map(hexByte),
        }),
      };
    }),
  );
}

interface CharacterRowsProps {
  /** The rows in view. */
  rows: readonly CodePointRow[];
  width: number;
}

/** The rows in view, each in its character's colour. */
export default function CharacterRows({ rows, width }: CharacterRowsProps) {
  return (
    <Box flexDirection="column" width={width}>
      {rows.map((line) => (
        <Text key={line.key} color={line.color} wrap="truncate-end" aria-label={line.said}>
          {line.text}
        </Text>
      ))}
    </Box>
  );
}
