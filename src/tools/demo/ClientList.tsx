import { Box, Text } from 'ink';
import type { Dictionary } from '../../i18n/index.js';
import theme from '../../ui/theme.js';
import type { ClientRow } from './use-demo-state.js';

interface ClientListProps {
  /** Open connections, in the order they were accepted. */
  clients: readonly ClientRow[];
  /** The chosen client's number. */
  selected?: number;
  /** How many rows it may use. */
  rows: number;
  /** Wide enough to show the client's own view as well as the server's. */
  wide: boolean;
  /** Put the client's own view on a line of its own (too narrow for both tuples on one line). */
  twoLines: boolean;
  t: Dictionary;
}

/** A window over the open connections that always keeps the chosen one in view. */
export default function ClientList({ clients, selected, rows, wide, twoLines, t }: ClientListProps) {
  if (clients.length === 0) {
    return <Text color={theme.muted}>{t.demo.screen.noClients}</Text>;
  }
  const index = Math.max(
    0,
    clients.findIndex((client) => client.id === selected),
  );
  const linesEach = wide && twoLines ? 2 : 1;
  const shown = Math.max(1, Math.floor(rows / linesEach));
  const start = Math.min(Math.max(0, index - Math.floor(shown / 2)), Math.max(0, clients.length - shown));
  const visible = clients.slice(start, start + shown);
  return (
    <Box flexDirection="column" height={Math.min(shown, clients.length) * linesEach} overflow="hidden">
      {visible.map((client) => {
        const chosen = client.id === selected;
        const ends = `${client.localTuple} → ${client.remoteTuple ?? '?'}`;
        const view = wide && client.localTuple ? `${t.demo.screen.you}: ${ends}` : '';
        return (
          <Box key={client.id} flexDirection="column">
            <Text wrap="truncate" color={chosen ? theme.accent : undefined} bold={chosen}>
              {chosen ? '› ' : '  '}#{client.id} <Text color={theme.muted}>{client.acceptedAt}</Text> {client.tuple}
              {client.outside ? <Text color={theme.warn}> {t.demo.screen.outside}</Text> : null}
              {view && !twoLines ? (
                <Text color={theme.muted}>
                  {'  '}│ {view}
                </Text>
              ) : null}
            </Text>
            {linesEach === 2 ? (
              <Text wrap="truncate" color={theme.muted}>
                {'     '}
                {view}
              </Text>
            ) : null}
          </Box>
        );
      })}
    </Box>
  );
}
