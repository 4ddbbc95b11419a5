import { Text } from 'ink';
import theme from '../../theme.js';

interface HighlightedTextProps {
  /** Text whose non-ASCII characters stand out (they take more than one byte). */
  text: string;
}

/** A message's text with every non-ASCII character highlighted. */
export default function HighlightedText({ text }: HighlightedTextProps) {
  const pieces = text.match(/[\u0000-\u007F]+|[^\u0000-\u007F]+/gu) ?? [];
  return (
    <Text>
      {pieces.map((piece, index) =>
        /^[\u0000-\u007F]/.test(piece) ? piece : (
          <Text key={index} color={theme.highlight} bold>
            {piece}
          </Text>
        ),
      )}
    </Text>
  );
}

/** Hex bytes, `c2 a1 48`, with the bytes of non-ASCII characters (0x80 and up) highlighted. */
export function HighlightedHex({ hex }: { /** Bytes as a plain hex string. */ hex: string }) {
  const bytes = hex.match(/../g) ?? [];
  return (
    <Text>
      {bytes.map((byte, index) => (
        <Text key={index} color={parseInt(byte, 16) >= 0x80 ? theme.highlight : theme.muted}>
          {index > 0 ? ' ' : ''}
          {byte}
        </Text>
      ))}
    </Text>
  );
}
