import { Text } from 'ink';
import { Fragment } from 'react';
import { wrapSpans, type Span } from '../../core/wrap.js';

/** How one part of the text looks. */
export interface PartLook {
  color?: string;
  bold?: boolean;
}

/** A run of text and its look; spaces between parts count like any other spaces. */
export type TextPart = Span<PartLook>;

interface WrappedTextProps {
  /** The text, plain or in styled parts. */
  children: string | readonly TextPart[];
  /** Columns it may take. */
  width: number;
  /** The colour of parts that set none. */
  color?: string;
  /** Bold for parts that set nothing. */
  bold?: boolean;
}

/**
 * Text wrapped by our own rule (display width, no space at a line's start) before Ink sees it:
 * every line already fits, so Ink's own wrapping has nothing left to do.
 */
export default function WrappedText({ children, width, color, bold }: WrappedTextProps) {
  const parts = typeof children === 'string' ? [{ text: children }] : children;
  const lines = wrapSpans(parts, width);
  return (
    <Text color={color} bold={bold}>
      {lines.map((line, row) => (
        <Fragment key={row}>
          {row > 0 ? '\n' : ''}
          {line.map((span, index) =>
            span.style ? (
              <Text key={index} color={span.style.color} bold={span.style.bold}>
                {span.text}
              </Text>
            ) : (
              span.text
            ),
          )}
        </Fragment>
      ))}
    </Text>
  );
}
