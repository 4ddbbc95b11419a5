import { Text } from 'ink';
import theme from '../../ui/theme.js';

interface BoundaryBitsProps {
  /** The bits before the prefix boundary, dotted between octets. */
  networkBits: string;
  /** The bits after it. */
  hostBits: string;
  /** Shown before the bits, already padded. */
  label: string;
  /** Shown after the bits (the dotted decimal form). */
  decimal: string;
}

/** One 32-bit value split at the prefix: network bits, a marker, host bits. */
export default function BoundaryBits({ networkBits, hostBits, label, decimal }: BoundaryBitsProps) {
  return (
    <Text wrap="truncate-end">
      <Text color={theme.muted}>{label}</Text>
      <Text color={theme.networkBits}>{networkBits}</Text>
      <Text bold color={theme.highlight}>
        |
      </Text>
      <Text color={theme.hostBits}>{hostBits}</Text>
      <Text> {decimal}</Text>
    </Text>
  );
}
