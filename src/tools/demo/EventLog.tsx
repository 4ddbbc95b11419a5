import { Box, Text } from 'ink';
import type { Dictionary } from '../../i18n/index.js';
import theme from '../../ui/theme.js';
import HighlightedHex from './HighlightedHex.js';
import HighlightedText from './HighlightedText.js';
import type { LogEntry } from './use-demo-state.js';

interface EventLogProps {
  /** Every event kept, oldest first. */
  log: readonly LogEntry[];
  /** How many rows it may use. */
  rows: number;
  /** How many entries up from the newest the window ends (0 = follow the newest). */
  scroll: number;
  t: Dictionary;
}

function EntryRow({ entry, t }: { /** The event to show. */ entry: LogEntry; /** Dictionary. */ t: Dictionary }) {
  const { event, time } = entry;
  const s = t.demo.screen;
  const who = 'client' in event ? <Text color={theme.accent}>#{event.client} </Text> : null;
  let body;
  switch (event.event) {
    case 'listening':
      body = <Text color={theme.good}>{t.demo.log.listening({ ...event, python: '' }).replace(/\s+#\s*$/, '')}</Text>;
      break;
    case 'connected':
      body = (
        <Text>
          {s.connected}: {s.you} {event.localTuple} → {event.remoteTuple}
        </Text>
      );
      break;
    case 'accepted':
      body = (
        <Text color={theme.good}>
          {s.accepted} {event.tuple}
          {event.outside ? <Text color={theme.warn}> ({s.outside})</Text> : null}
        </Text>
      );
      break;
    case 'message':
      body = (
        <Text>
          "<HighlightedText text={event.text.length > 60 ? event.text.slice(0, 60) + '…' : event.text} />"{' '}
          {s.bytes({ bytes: event.bytes })}: <HighlightedHex hex={event.hex.slice(0, 96)} />
          {event.hex.length > 96 ? '…' : ''}
        </Text>
      );
      break;
    case 'closed':
      body = (
        <Text color={theme.warn}>
          {s.closedBy({ by: event.by })}
          {event.reset ? ` (${s.reset})` : ''}
        </Text>
      );
      break;
    case 'failed':
      body = <Text color={theme.bad}>{t.demo.log.failed(event)}</Text>;
      break;
    case 'stopped':
      body = <Text color={theme.warn}>{t.demo.log.stopped}</Text>;
      break;
  }
  return (
    <Text wrap="truncate">
      <Text color={theme.muted}>{time} </Text>
      {who}
      {body}
    </Text>
  );
}

/** The newest events that fit, or an earlier window when scrolled. */
export default function EventLog({ log, rows, scroll, t }: EventLogProps) {
  const end = Math.max(0, log.length - scroll);
  const visible = log.slice(Math.max(0, end - rows), end);
  return (
    <Box flexDirection="column" height={rows} overflow="hidden">
      {visible.map((entry) => (
        <EntryRow key={entry.seq} entry={entry} t={t} />
      ))}
    </Box>
  );
}
