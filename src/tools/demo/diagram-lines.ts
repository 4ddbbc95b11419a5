import { displayWidth } from '../../core/display-width.js';
import { wrapSpans, type Span } from '../../core/wrap.js';
import type { DiagramWords } from './diagram-words.en.js';
import theme from '../../ui/theme.js';

/** How a piece of the drawing looks. */
export interface Look {
  color?: string;
  bold?: boolean;
  dim?: boolean;
}

export type DiagramLine = Span<Look>[];

/** One connection as the drawing shows it. */
export interface DiagramClient {
  id: number;
  /** `addr` as the server's accept() gave it. */
  serverTuple?: string;
  /** The client's own getsockname(); unknown for an outside client (nc, the learner's program). */
  clientTuple?: string;
  outside: boolean;
  /** Drawn in as it happens: highlighted for a moment. */
  fresh: boolean;
  /** Bytes on the wire right now, from the client to the server. */
  inFlight?: { text: string; bytes: number };
  /** The connection is closing (fading out): who closed first, and whether it was a reset. */
  closed?: { by: 'client' | 'server'; reset: boolean };
}

/** The words of the drawing, in the user's language. */

export interface DiagramInput {
  /** `starting` until the server first listens. */
  server: { tuple?: string; running: boolean; starting?: boolean };
  clients: readonly DiagramClient[];
  selected?: number;
  width: number;
  /** Rows the drawing may take; clients beyond them scroll, with "N more above/below". */
  rows: number;
  words: DiagramWords;
}

/** Which drawing fits: one row per connection, two, or the compact list for narrow terminals. */
export type DiagramForm = 'wide' | 'two-rows' | 'list';

export function diagramForm(width: number, rows: number): DiagramForm {
  // The box takes three rows and the "more" markers two: with less room, the list's one-row head.
  if (width >= 88 && rows >= 6) return 'wide';
  return width >= 70 && rows >= 7 ? 'two-rows' : 'list';
}

const cut = (text: string, room: number) => {
  const chars = Array.from(text);
  return chars.length <= room ? text : `${chars.slice(0, Math.max(1, room - 1)).join('')}…`;
};

/** The wire between the two ends: steady, carrying bytes, or fading after a close. */
function wire(client: DiagramClient, length: number, words: DiagramWords): Span<Look> {
  if (client.closed) {
    const label = client.closed.reset ? ` ${words.reset} ` : ` ${words.closedBy({ by: client.closed.by })} `;
    const dashes = Math.max(2, length - displayWidth(label));
    const left = Math.floor(dashes / 2);
    const text = `${'╌'.repeat(left)}${label}${'╌'.repeat(dashes - left)}`;
    return { text, style: { color: client.closed.reset ? theme.bad : theme.muted, dim: true } };
  }
  if (client.inFlight) {
    const size = ` ${words.bytes({ bytes: client.inFlight.bytes })} `;
    const room = Math.max(3, length - displayWidth(size) - 4);
    const message = ` "${cut(client.inFlight.text, room - 3)}"`;
    const fill = Math.max(1, length - displayWidth(message) - displayWidth(size) - 1);
    return { text: `◄${message}${size}${'─'.repeat(fill)}`, style: { color: theme.highlight, bold: true } };
  }
  return {
    text: `◄${'═'.repeat(Math.max(1, length - 2))}►`,
    style: { color: client.fresh ? theme.accent : undefined },
  };
}

function clientLabel(client: DiagramClient, words: DiagramWords): Span<Look> {
  const name = client.outside
    ? `${words.client({ id: client.id })} · ${words.outside}`
    : words.client({ id: client.id });
  return { text: `[ ${name} ]`, style: { color: client.outside ? theme.warn : theme.accent, bold: true } };
}

/** The rows one connection takes in the chosen form. */
function connectionRows(client: DiagramClient, last: boolean, input: DiagramInput, form: DiagramForm): DiagramLine[] {
  const { words, width } = input;
  const chosen = client.id === input.selected;
  const branch: Span<Look> = {
    text: `${chosen ? '›' : ' '} ${last ? '└─' : '├─'} `,
    style: { color: chosen ? theme.accent : theme.muted },
  };
  const stem: Span<Look> = { text: `  ${last ? '  ' : '│ '}  `, style: { color: theme.muted } };
  const serverEnd = client.serverTuple ?? '?';
  const clientEnd = client.clientTuple ?? '?';
  const mark: Span<Look>[] = client.fresh
    ? [{ text: ` ${words.fresh}`, style: { color: theme.good, bold: true } }]
    : [];
  if (form === 'wide') {
    const label = clientLabel(client, words);
    const fixed = 5 + displayWidth(serverEnd) + 1 + 1 + displayWidth(label.text) + 1 + displayWidth(clientEnd);
    const length = Math.max(8, Math.min(40, width - fixed - 8));
    return [
      [
        branch,
        { text: serverEnd, style: { bold: chosen } },
        { text: ' ' },
        wire(client, length, words),
        { text: ' ' },
        label,
        { text: ` ${clientEnd}`, style: { color: theme.muted } },
        ...mark,
      ],
    ];
  }
  if (form === 'two-rows') {
    const label = clientLabel(client, words);
    const length = Math.max(8, Math.min(36, width - 6 - displayWidth(label.text) - 8));
    const accept: Span<Look> = { text: `${words.fromAccept} ${serverEnd}`, style: { bold: chosen } };
    const own: Span<Look> = { text: `${words.fromGetsockname} ${clientEnd}`, style: { color: theme.muted } };
    const together = displayWidth(stem.text) + displayWidth(accept.text) + 2 + displayWidth(own.text) <= width;
    return [
      [branch, wire(client, length, words), { text: ' ' }, label, ...mark],
      ...(together
        ? [[stem, accept, { ...own, text: `  ${own.text}` }]]
        : [
            [stem, accept],
            [stem, own],
          ]),
    ];
  }
  const state: Span<Look> = client.closed
    ? wire(client, 6, words)
    : client.inFlight
      ? { text: `← ${words.bytes({ bytes: client.inFlight.bytes })}`, style: { color: theme.highlight, bold: true } }
      : { text: '═', style: { color: client.fresh ? theme.accent : theme.muted } };
  return [
    [
      branch,
      { text: `#${client.id} `, style: { color: client.outside ? theme.warn : theme.accent, bold: true } },
      { text: serverEnd, style: { bold: chosen } },
      { text: ' ' },
      state,
      ...(client.outside ? [{ text: ` ${words.outside}`, style: { color: theme.warn } }] : []),
      ...mark,
    ],
  ];
}

/**
 * The live demo as a picture: the server's box with its listening socket, and one wire per
 * connection to its client, both ends labelled as Python prints them. A window of `rows` rows
 * keeps the chosen client in view and says how many are above and below.
 */
export function diagramLines(input: DiagramInput): DiagramLine[] {
  const { server, clients, words, width } = input;
  const form = diagramForm(width, input.rows);
  const title =
    server.running && server.tuple
      ? words.listening({ tuple: server.tuple })
      : server.starting
        ? words.starting
        : words.stopped;
  const titleColor = server.running ? theme.accent : server.starting ? theme.muted : theme.warn;
  const boxWidth = Math.min(width - 2, Math.max(displayWidth(title), displayWidth(words.server)) + 4);
  const head: DiagramLine[] =
    form === 'list'
      ? [
          [
            { text: `${words.server}: `, style: { bold: true } },
            { text: title, style: { color: titleColor } },
          ],
        ]
      : [
          [
            {
              text: `╭─ ${words.server} ${'─'.repeat(Math.max(0, boxWidth - displayWidth(words.server) - 5))}╮`,
              style: { bold: true },
            },
          ],
          [
            { text: '│ ', style: { bold: true } },
            {
              text: cut(title, boxWidth - 4).padEnd(boxWidth - 4),
              style: { color: titleColor },
            },
            { text: ' │', style: { bold: true } },
          ],
          [{ text: `╰─┬${'─'.repeat(Math.max(0, boxWidth - 4))}╯`, style: { bold: true } }],
        ];
  if (clients.length === 0) {
    const note = wrapSpans([{ text: words.none, style: { color: theme.muted } }], Math.max(8, width - 2));
    return [...head, ...note.map((line) => [{ text: '  ' }, ...line])];
  }

  // The window: the chosen client first, then its neighbours, while they fit beside the head and
  // the two "more" markers.
  const blocks = clients.map(
    (client, index) => () => connectionRows(client, index === clients.length - 1, input, form),
  );
  // Everyone when they all fit; otherwise a window, with room for the two "more" markers. Counting
  // stops at the first block past the room: with 500 clients, most are never drawn.
  const all: DiagramLine[][] = [];
  let total = 0;
  for (const block of blocks) {
    if (total > input.rows - head.length) break;
    all.push(block());
    total += all.at(-1)!.length;
  }
  if (all.length === blocks.length && total <= input.rows - head.length) return [...head, ...all.flat()];
  const budget = Math.max(1, input.rows - head.length - 2);
  const at = Math.max(
    0,
    clients.findIndex((client) => client.id === input.selected),
  );
  const drawn = new Map<number, DiagramLine[]>([[at, blocks[at]!()]]);
  let used = drawn.get(at)!.length;
  // Each side grows while it fits; a side that stops stays stopped, so the window has no gaps.
  const open = { after: true, before: true };
  for (let step = 1; step < clients.length && (open.after || open.before); step++) {
    for (const [side, index] of [
      ['after', at + step],
      ['before', at - step],
    ] as const) {
      if (!open[side] || index < 0 || index >= clients.length) continue;
      const rows = blocks[index]!();
      if (used + rows.length > budget) open[side] = false;
      else {
        drawn.set(index, rows);
        used += rows.length;
      }
    }
  }
  const indexes = [...drawn.keys()].sort((a, b) => a - b);
  const start = indexes[0]!;
  const below = clients.length - 1 - indexes.at(-1)!;
  const marker = (text: string): DiagramLine => [{ text: `    ${text}`, style: { color: theme.muted } }];
  return [
    ...head,
    ...(start > 0 ? [marker(words.more.above({ count: start }))] : []),
    ...indexes.flatMap((index) => drawn.get(index)!),
    ...(below > 0 ? [marker(words.more.below({ count: below }))] : []),
  ];
}
