import { Text } from 'ink';
import type { SpanStyle, StyledLine } from '../../lessons/styled-lines.js';
import theme from '../../ui/theme.js';

interface MarkdownLineProps {
  /** One rendered row of a lesson, already no wider than the screen. */
  line: StyledLine;
  /** Draws the row as the one a search jumped to. */
  marked?: boolean;
}

/** Read when a line renders, so a change of theme shows at once. */
const looks = (): Record<SpanStyle, { color?: string; bold?: boolean; italic?: boolean; underline?: boolean }> => ({
  heading: { color: theme.accent, bold: true },
  subheading: { color: theme.highlight, bold: true },
  strong: { bold: true },
  em: { italic: true },
  code: { color: theme.accent },
  codeblock: { color: theme.good },
  tableHeader: { bold: true },
  muted: { color: theme.muted },
  link: { underline: true },
});

export default function MarkdownLine({ line, marked = false }: MarkdownLineProps) {
  if (line.length === 0) return <Text> </Text>;
  return (
    <Text wrap="truncate-end" inverse={marked}>
      {line.map((span, index) => (
        <Text key={index} {...(span.style ? looks()[span.style] : {})}>
          {span.text}
        </Text>
      ))}
    </Text>
  );
}
