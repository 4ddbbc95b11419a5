import { Box, Text } from 'ink';
import { padColumns } from '../../core/display-width.js';
import { escapeControls, hexByte, type Utf8Character } from '../../core/utf8.js';
import type { Dictionary } from '../../i18n/index.js';
import theme from '../../ui/theme.js';

/** One colour per character, cycling, so a character's bytes can be found in the byte line. */
export const colorOf = (index: number) => theme.series[index % theme.series.length];

interface CharacterRowsProps {
  characters: readonly Utf8Character[];
  /** Index of the first character shown. */
  offset: number;
  /** How many rows there are room for. */
  rows: number;
  width: number;
  /** What a screen reader says of each row instead of its columns of bits. */
  spoken: Dictionary['spoken'];
}

/** Each character (one row per code point): the glyph, U+XXXX, its bytes and bits, in its colour. */
export default function CharacterRows({ characters, offset, rows, width, spoken }: CharacterRowsProps) {
  const lines: { key: string; color: string | undefined; text: string; said: string }[] = [];
  for (let index = offset; index < characters.length && lines.length < rows; index++) {
    const character = characters[index]!;
    character.codePoints.forEach((entry, nth) => {
      if (lines.length >= rows) return;
      const glyph = nth === 0 ? padColumns(escapeControls(character.char), 5) : '     ';
      const bytes = entry.bytes.map(hexByte).join(' ').padEnd(12);
      const bits = entry.bits.map((bit) => `${bit.marker}|${bit.payload}`).join(' ');
      lines.push({
        key: `${index}-${nth}`,
        color: colorOf(index),
        text: `${glyph}${entry.codePoint.padEnd(9)}${bytes}${bits}`,
        said: spoken.utf8Row({
          char: escapeControls(character.char),
          codePoint: entry.codePoint,
          bytes: entry.bytes.map(hexByte),
        }),
      });
    });
  }
  return (
    <Box flexDirection="column" width={width}>
      {lines.map((line) => (
        <Text key={line.key} color={line.color} wrap="truncate-end" aria-label={line.said}>
          {line.text}
        </Text>
      ))}
    </Box>
  );
}
