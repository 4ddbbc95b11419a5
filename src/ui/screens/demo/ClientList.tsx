import { Box, Text } from 'ink';
import { pythonTuple } from '../../../core/address-tuple.js';
import type { Dictionary } from '../../../i18n/index.js';
import type { Endpoint } from '../../../net/demo-server.js';
import theme from '../../theme.js';
import type { ClientRow } from './use-demo-state.js';

interface ClientListProps {
  /** Open connections, in the order they were accepted. */
  clients: readonly ClientRow[];
  /** The chosen client's number. */
  selected?: number;
  /** How many rows it may use. */
  rows: number;
  /** Wide enough to show the client's own view beside the server's. */
  wide: boolean;
  family: 'IPv4' | 'IPv6' | 'Unix';
  t: Dictionary;
}

function tuple(end: Endpoint | undefined, family: ClientListProps['family']): string {
  if (!end) return '?';
  return pythonTuple({ address: end.address, port: end.port ?? undefined, family });
}

/** A window over the open connections that always keeps the chosen one in view. */
export default function ClientList({ clients, selected, rows, wide, family, t }: ClientListProps) {
  if (clients.length === 0) {
    return <Text color={theme.muted}>{t.demo.screen.noClients}</Text>;
  }
  const index = Math.max(0, clients.findIndex((client) => client.id === selected));
  const start = Math.min(Math.max(0, index - Math.floor(rows / 2)), Math.max(0, clients.length - rows));
  const visible = clients.slice(start, start + rows);
  return (
    <Box flexDirection="column" height={Math.min(rows, clients.length)} overflow="hidden">
      {visible.map((client) => {
        const chosen = client.id === selected;
        return (
          <Text key={client.id} wrap="truncate" color={chosen ? theme.accent : undefined} bold={chosen}>
            {chosen ? '› ' : '  '}#{client.id} <Text color={theme.muted}>{client.acceptedAt}</Text> {client.tuple}
            {client.outside ? <Text color={theme.warn}> {t.demo.screen.outside}</Text> : null}
            {wide && client.local ? (
              <Text color={theme.muted}>
                {'  '}│ {t.demo.screen.you}: {tuple(client.local, family)} → {tuple(client.remote, family)}
              </Text>
            ) : null}
          </Text>
        );
      })}
    </Box>
  );
}
