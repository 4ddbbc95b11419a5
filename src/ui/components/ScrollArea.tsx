import { Box, type DOMElement } from 'ink';
import type { ReactNode, RefObject } from 'react';

interface ScrollAreaProps {
  /** From useScrollArea: measures the content. */
  contentRef: RefObject<DOMElement | null>;
  /** Rows hidden above the top, from useScrollArea. */
  offset: number;
  /** Rows it may use. */
  height: number;
  /** Columns it may use. */
  width: number;
  children: ReactNode;
}

/** A window of `height` rows over content that keeps its natural height, scrolled by `offset`. */
export default function ScrollArea({ contentRef, offset, height, width, children }: ScrollAreaProps) {
  return (
    <Box height={height} width={width} overflowY="hidden" flexDirection="column" flexShrink={0}>
      <Box ref={contentRef} flexDirection="column" flexShrink={0} marginTop={-offset} width={width}>
        {children}
      </Box>
    </Box>
  );
}
