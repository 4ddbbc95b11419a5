import { Text } from 'ink';
import { joinHostPort } from '../../core/address-tuple.js';
import type { DemoEvent } from '../../core/demo-events.js';
import theme from '../../ui/theme.js';
import { wrapText } from '../../core/wrap.js';
import type { ClientRow } from './use-demo-state.js';
import PanelBox from './PanelBox.js';
import { fixedDemoPort } from './payload.js';
import type { DemoWords } from './words.en.js';

interface SidePanelProps {
  /** The event to explain. */
  last?: DemoEvent;
  /** The connection it concerns, when it concerns one. */
  client?: ClientRow;
  /** Open connections right now. */
  open: number;
  /** The port the server listens on (0 for a Unix socket). */
  port: number;
  /** The OS's ephemeral port range, e.g. `32768-60999`. */
  range: string;
  /** The server listens on a port the learner chose rather than one the OS picked. */
  fixedPort: boolean;
  unix: boolean;
  /** The server's loopback address: `127.0.0.1` or `::1` (`ss` writes it `[::1]`). */
  host: string;
  width: number;
  /** How many rows it may use. */
  rows: number;
  /** Rows of text scrolled past (PgDn while it stands in the log's place). */
  offset?: number;
  words: DemoWords['screen'];
}

/** Rows of text a panel of `rows` has inside its border and under its title. */
export const panelRoom = (rows: number) => Math.max(1, rows - 3);

/** Every row of the explanation, wrapped inside the border and padding: what does not fit scrolls. */
export function explanationRows({
  last,
  client,
  open,
  port,
  range,
  fixedPort,
  unix,
  host,
  width,
  words,
}: Omit<SidePanelProps, 'rows' | 'offset'>): { text: string; color?: string }[] {
  const e = words.explain;
  const lines: { text: string; color?: string }[] = [];
  if (unix) lines.push({ text: e.unix });
  switch (last?.event) {
    case 'listening':
      if (!unix) lines.push({ text: fixedPort ? e.fixedPort({ port }) : e.listening({ port }) });
      if (!unix && !fixedPort) lines.push({ text: e.fixedPortHint({ port: fixedDemoPort }) });
      break;
    case 'connected':
    case 'accepted': {
      const clientPort = client?.local?.port ?? (last.event === 'accepted' ? last.peer.port : null);
      if (!unix && clientPort !== null && clientPort !== undefined)
        lines.push({ text: e.accepted({ client: last.client, port: clientPort, range }) });
      // Its getsockname() runs in the other program: the drawing can only show ? for it.
      if (client?.outside) lines.push({ text: e.outsideEnd({ client: last.client }) });
      if (!unix && clientPort) {
        lines.push({ text: e.ss, color: theme.muted });
        lines.push({
          text: `ESTAB ${joinHostPort(host, port)} ${joinHostPort(host, clientPort)}`,
          color: theme.accent,
        });
        lines.push({
          text: `ESTAB ${joinHostPort(host, clientPort)} ${joinHostPort(host, port)}`,
          color: theme.accent,
        });
      }
      break;
    }
    case 'message':
      lines.push({ text: e.message({ client: last.client, bytes: last.bytes, chars: [...last.text].length }) });
      break;
    case 'closed':
      lines.push({ text: e.closed({ client: last.client, by: last.by }) });
      break;
    case 'stopped':
      lines.push({ text: e.stopped });
      break;
    case 'failed':
      lines.push({ text: (unix ? e.refusedUnix : e.refused)({ client: last.client, code: last.code }) });
      break;
    default:
      break;
  }
  // A stopped server holds no sockets: after it stops, or refuses a client, there is nothing to count.
  if (last?.event !== 'stopped' && last?.event !== 'failed')
    lines.push({ text: e.sockets({ count: open }), color: theme.muted });
  // Every row of text, wrapped inside the border and padding; what does not fit scrolls, never cut.
  const inner = width - 4;
  return lines.flatMap((line) => wrapText(line.text, inner).map((text) => ({ text, color: line.color })));
}

/** Explains, in the learner's language, what the last event means. */
export default function SidePanel(props: SidePanelProps) {
  const { width, rows, offset = 0, words } = props;
  const e = words.explain;
  const rowsOf = explanationRows(props);
  const room = panelRoom(rows);
  const first = Math.min(offset, Math.max(0, rowsOf.length - room));
  const hidden = rowsOf.length - first - room;
  const shown = rowsOf.slice(first, first + Math.max(1, hidden > 0 ? room - 1 : room));
  return (
    <PanelBox title={e.title} width={width} rows={rows}>
      {shown.map((row, index) => (
        <Text key={index} color={row.color}>
          {row.text}
        </Text>
      ))}
      {hidden > 0 ? <Text color={theme.warn}>{words.panelMore({ count: hidden + 1 })}</Text> : null}
    </PanelBox>
  );
}
