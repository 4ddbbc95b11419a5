import type { Dictionary } from '../../i18n/index.js';
import type { DiagramInput } from './diagram-lines.js';

/** The drawing as one sentence, for a screen reader: the server, each connection, the chosen one. */
export function spokenDiagram(
  { server, clients, selected }: Pick<DiagramInput, 'server' | 'clients' | 'selected'>,
  spoken: Dictionary['spoken'],
): string {
  return spoken.diagram({
    server: server.running ? server.tuple : undefined,
    starting: server.starting ?? false,
    clients: clients.map((client) => ({
      id: client.id,
      tuple: client.serverTuple,
      outside: client.outside,
      closing: client.closed !== undefined,
    })),
    selected,
  });
}
