import { Box } from 'ink';
import { keyText } from '../footer-rows.js';
import type { Binding } from '../keymap.js';
import theme from '../theme.js';
import WrappedText from './WrappedText.js';

interface FooterProps {
  /** The keys that work right now, screen's first, in the order they are declared. */
  bindings: readonly Binding[];
  width: number;
}

export default function Footer({ bindings, width }: FooterProps) {
  const shown = bindings.filter((binding) => !binding.hidden);
  return (
    <Box width={width} flexWrap="wrap" columnGap={2}>
      {shown.map((binding) => (
        // Wrapped by our rule, so an entry wider than the row takes the rows footerRows counts.
        <WrappedText key={`${binding.keys.join()}-${binding.label}`} width={width}>
          {[
            { text: keyText(binding), style: { bold: true, color: theme.accent } },
            { text: ` ${binding.label}`, style: { color: theme.muted } },
          ]}
        </WrappedText>
      ))}
    </Box>
  );
}
