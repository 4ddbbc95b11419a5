import { Box } from 'ink';
import WrappedText from './WrappedText.js';

interface ParagraphProps {
  /** The text, wrapped at the width. */
  children: string;
  /** Its colour, from the theme. */
  color?: string;
  /** Columns it may take. */
  width: number;
  /** Keep all its rows on a short screen, clipping what follows instead of squeezing this. */
  keep?: boolean;
}

/** A block of wrapped text set apart by a blank line above: a hint, a note, an error. */
export default function Paragraph({ children, color, width, keep = false }: ParagraphProps) {
  return (
    <Box marginTop={1} width={width} flexShrink={keep ? 0 : 1}>
      <WrappedText color={color} width={width}>
        {children}
      </WrappedText>
    </Box>
  );
}
