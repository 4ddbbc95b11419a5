import { Box, Text } from 'ink';
import { useMemo, useState } from 'react';
import { escapeControls, hexByte, utf8Model } from '../../core/utf8.js';
import TextField from '../../ui/text-field/TextField.js';
import { wrapSpans } from '../../core/wrap.js';
import WrappedText, { type TextPart } from '../../ui/components/WrappedText.js';
import { useKeymap } from '../../ui/keymap.js';
import { useShell } from '../../ui/shell-context.js';
import theme from '../../ui/theme.js';
import type { ScreenProps } from '../tool.js';
import type { Utf8Tool } from './entry.js';
import CharacterRows, { codePointRows, colorOf } from './CharacterRows.js';

/** Rows above the character list: field, summary, the wrong decodings, blank lines, the column header. */
const fixedRows = 9;

/** The UTF-8 inspector: every keystroke shows the bytes, bits and mojibake of what was typed. */
export default function Utf8Screen({ payload, words: u }: ScreenProps<Utf8Tool>) {
  const { t, width, height } = useShell();
  const [text, setText] = useState(payload?.example ?? '');
  const [offset, setOffset] = useState(0);
  const model = useMemo(() => utf8Model(text), [text]);
  const rows = useMemo(() => codePointRows(model.characters, t.spoken), [model, t]);
  // New text starts its list from the top: an old scroll position would hide what was just typed.
  const edit = (next: string) => {
    setText(next);
    setOffset(0);
  };

  // No-break spaces keep one character's bytes together when the line wraps.
  const byteParts: TextPart[] = model.characters.map((character, index) => ({
    text: `${character.bytes.map(hexByte).join('\u00A0')} `,
    style: { color: colorOf(index) },
  }));
  const byteRows = Math.max(1, wrapSpans(byteParts, width).length);
  const label = Math.max(u.latin1.length, u.macRoman.length, u.ascii.length);
  const asciiParts: TextPart[] = [
    { text: `${u.ascii.padEnd(label)} `, style: { color: theme.muted } },
    model.asciiError ? { text: model.asciiError.message, style: { color: theme.bad } } : { text: u.asciiFine },
  ];
  const asciiRows = wrapSpans(asciiParts, width).length;
  const listRows = Math.max(1, height - fixedRows - byteRows - (asciiRows - 1));
  const maxOffset = Math.max(0, rows.length - 1);
  const first = Math.min(offset, maxOffset);
  const scroll = (by: number) =>
    setOffset((current) => Math.max(0, Math.min(maxOffset, Math.min(current, maxOffset) + by)));
  // The arrows move the list only when it is longer than its rows (or already moved).
  const moves = rows.length > listRows || first > 0;
  useKeymap(
    moves
      ? [
          { keys: ['up'], label: t.ui.keys.move, display: '↑↓', run: () => scroll(-1) },
          { keys: ['down'], label: t.ui.keys.move, hidden: true, run: () => scroll(1) },
        ]
      : [],
    { textEntry: true },
  );

  const shownAfter = rows.length - first - listRows;
  return (
    <Box flexDirection="column" width={width}>
      <Box flexShrink={0}>
        <TextField label={u.screen.prompt} value={text} placeholder={u.screen.placeholder} onChange={edit} />
      </Box>
      <Text bold wrap="truncate-end">
        {u.summary({ characters: model.characterCount, codePoints: model.codePointCount, bytes: model.byteCount })}
      </Text>
      <Box flexShrink={0} width={width}>
        <WrappedText width={width}>{byteParts}</WrappedText>
      </Box>
      <Box flexDirection="column" marginTop={1} flexShrink={0}>
        <Text wrap="truncate-end">
          <Text color={theme.muted}>{u.latin1.padEnd(label)} </Text>
          {escapeControls(model.mojibake.latin1)}
        </Text>
        <Text wrap="truncate-end">
          <Text color={theme.muted}>{u.macRoman.padEnd(label)} </Text>
          {escapeControls(model.mojibake.macRoman)}
        </Text>
        <WrappedText width={width}>{asciiParts}</WrappedText>
      </Box>
      <Box flexDirection="column" marginTop={1} flexShrink={0}>
        <Text color={theme.muted} wrap="truncate-end">
          {`${u.screen.columns.char.padEnd(5)}${u.screen.columns.codePoint.padEnd(9)}${u.screen.columns.bytes.padEnd(12)}${u.screen.columns.bits}`}
        </Text>
        <CharacterRows rows={rows.slice(first, first + listRows)} width={width} />
        {shownAfter > 0 ? <Text color={theme.muted}>{u.screen.more({ count: shownAfter })}</Text> : null}
      </Box>
    </Box>
  );
}
