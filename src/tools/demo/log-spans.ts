import type { DemoEvent } from '../../core/demo-events.js';
import type { Span } from '../../core/wrap.js';
import theme from '../../ui/theme.js';
import type { Look } from './diagram-lines.js';
import type { LogEntry } from './use-demo-state.js';
import type { DemoWords } from './words.en.js';

/** A message's text cut into runs, non-ASCII characters (more than one byte each) highlighted. */
function highlightedText(text: string): Span<Look>[] {
  const pieces = text.match(/[\u0000-\u007F]+|[^\u0000-\u007F]+/gu) ?? [];
  return pieces.map((piece) =>
    /^[\u0000-\u007F]/.test(piece) ? { text: piece } : { text: piece, style: { color: theme.highlight, bold: true } },
  );
}

/** Hex bytes, `c2 a1 48`, the bytes of non-ASCII characters (0x80 and up) highlighted. */
function highlightedHex(hex: string): Span<Look>[] {
  return (hex.match(/../g) ?? []).map((byte, index) => ({
    text: `${index > 0 ? ' ' : ''}${byte}`,
    style: { color: parseInt(byte, 16) >= 0x80 ? theme.highlight : theme.muted },
  }));
}

function body(event: DemoEvent, words: DemoWords): Span<Look>[] {
  const s = words.screen;
  switch (event.event) {
    case 'listening':
      return [{ text: words.log.listening(event), style: { color: theme.good } }];
    case 'connected':
      return [{ text: `${s.connected}: ${s.you} ${event.localTuple} → ${event.remoteTuple}` }];
    case 'accepted':
      return [
        { text: `${s.accepted} ${event.tuple}`, style: { color: theme.good } },
        ...(event.outside ? [{ text: ` (${s.outside})`, style: { color: theme.warn } }] : []),
      ];
    case 'message':
      // Long messages stay readable in the log: the text up to 60 characters, the first 48 bytes.
      return [
        { text: '"' },
        ...highlightedText(event.text.length > 60 ? `${event.text.slice(0, 60)}…` : event.text),
        { text: `" ${s.bytes({ bytes: event.bytes })}: ` },
        ...highlightedHex(event.hex.slice(0, 96)),
        ...(event.hex.length > 96 ? [{ text: ' …', style: { color: theme.muted } }] : []),
      ];
    case 'closed':
      return [
        { text: `${s.closedBy({ by: event.by })}${event.reset ? ` (${s.reset})` : ''}`, style: { color: theme.warn } },
      ];
    case 'failed':
      return [{ text: words.log.failed(event), style: { color: theme.bad } }];
    case 'stopped':
      return [{ text: words.log.stopped, style: { color: theme.warn } }];
  }
}

/** One log entry as styled text: its time, the client it concerns, and what happened. */
export function logSpans(entry: LogEntry, words: DemoWords): Span<Look>[] {
  const { event, time } = entry;
  return [
    { text: `${time} `, style: { color: theme.muted } },
    ...('client' in event ? [{ text: `#${event.client} `, style: { color: theme.accent } }] : []),
    ...body(event, words),
  ];
}
