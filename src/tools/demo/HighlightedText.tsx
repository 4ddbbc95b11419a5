import { Text } from 'ink';
import theme from '../../ui/theme.js';

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
        /^[\u0000-\u007F]/.test(piece) ? (
          piece
        ) : (
          <Text key={index} color={theme.highlight} bold>
            {piece}
          </Text>
        ),
      )}
    </Text>
  );
}
