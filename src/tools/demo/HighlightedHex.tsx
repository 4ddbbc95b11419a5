import { Text } from 'ink';
import theme from '../../ui/theme.js';

interface HighlightedHexProps {
  /** Bytes as a plain hex string, `c2a148`. */
  hex: string;
}

/** Hex bytes, `c2 a1 48`, with the bytes of non-ASCII characters (0x80 and up) highlighted. */
export default function HighlightedHex({ hex }: HighlightedHexProps) {
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
