import { Text } from 'ink';
import { bitRange } from '../../../core/ipv4.js';
import theme from '../../theme.js';

interface BoundaryBitsProps {
  /** The 32-bit value to show. */
  value: number;
  /** Where the network part ends. */
  prefix: number;
  /** Shown before the bits, already padded. */
  label: string;
  /** Shown after the bits (the dotted decimal form). */
  decimal: string;
}

/** One 32-bit value split at the prefix: network bits, a marker, host bits. */
export default function BoundaryBits({ value, prefix, label, decimal }: BoundaryBitsProps) {
  return (
    <Text wrap="truncate-end">
      <Text color={theme.muted}>{label}</Text>
      <Text color={theme.networkBits}>{bitRange(value, 0, prefix)}</Text>
      <Text bold color={theme.highlight}>
        |
      </Text>
      <Text color={theme.hostBits}>{bitRange(value, prefix, 32)}</Text>
      <Text> {decimal}</Text>
    </Text>
  );
}
