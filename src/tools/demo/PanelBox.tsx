import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import theme from '../../ui/theme.js';

interface PanelBoxProps {
  title: string;
  width: number;
  /** How many rows it takes, the border included; what does not fit is clipped, so callers fit it. */
  rows: number;
  children: ReactNode;
}

/** The demo's side panels (the explanation, the socket states): a bordered box with a bold title. */
export default function PanelBox({ title, width, rows, children }: PanelBoxProps) {
  return (
    <Box
      flexDirection="column"
      width={width}
      height={rows}
      overflowY="hidden"
      borderStyle="single"
      borderColor={theme.muted}
      paddingX={1}
    >
      <Box flexShrink={0}>
        <Text bold wrap="truncate">
          {title}
        </Text>
      </Box>
      {children}
    </Box>
  );
}
