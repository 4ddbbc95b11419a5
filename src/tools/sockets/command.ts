import { parseCountOption, parsePortOption } from '../../core/socket-options.js';
import { socketChanges, socketKeys, type SocketChange } from '../../core/sockets/socket-changes.js';
import { endTuple, socketJson, type SocketRow } from '../../core/sockets/socket-model.js';
import type { Dictionary } from '../../i18n/index.js';
import { proseLines, proseWidth } from '../../output/prose-width.js';
import type { CommandContext } from '../tool.js';
import type { SocketsTool } from './entry.js';
import { SocketLooker, type SocketScope } from './look.js';
import { clockTime, queueNotes, scopeText, socketHeadline } from './socket-lines.js';
import type { SocketsSources } from './sources.js';
import type { SocketsWords } from './words.en.js';

/** Looks 100 times a second by default: a loopback FIN_WAIT2 can last only a few milliseconds. */
const defaultInterval = 10;
/**
 * Reading /proc/net/tcp walks the kernel's whole connection hash table (262144 buckets here: 5 to
 * 15 ms of CPU a look on this machine), however few sockets there are. Resting at least nine times
 * as long as the last look took (in CPU time) keeps the watcher under a tenth of a core anywhere;
 * where a look is cheap, the 10 ms pace holds.
 */
const restPerLook = 9;

function scopeFrom(flags: CommandContext<SocketsTool>['flags']): SocketScope {
  if (flags.all) return { kind: 'all' };
  const ports = (flags.port ?? []).map((text) => parsePortOption(text));
  return ports.length > 0 ? { kind: 'ports', ports } : { kind: 'default' };
}

/** `netlearn sockets [--port P] [--all] [--watch] [--json]`. */
export default async function run({
  flags,
  t,
  words,
  sources,
  json,
  stdout,
  stderr,
  paint,
}: CommandContext<SocketsTool>): Promise<number> {
  const scope = scopeFrom(flags);
  const interval =
    flags.interval === undefined ? defaultInterval : parseCountOption(flags.interval, '--interval', 1, 60_000);
  const looker = new SocketLooker(sources, scope);
  let first: ReturnType<SocketLooker['look']>;
  try {
    first = looker.look();
  } catch {
    stderr.write(`${words.noProc}\n`);
    return 1;
  }
  const width = proseWidth(stdout);
  const scopeWords = scopeText(scope, first.ports, words);
  if (json) for (const row of first.rows) stdout.write(`${JSON.stringify(jsonRow(row, Boolean(flags.watch)))}\n`);
  else stdout.write(tableLines(first.rows, scopeWords, words, sources, width, paint.bold).join('\n') + '\n');
  if (!flags.watch) return 0;

  let before = socketKeys(first.rows);
  // SIGHUP too: a terminal that closes must end the watch with exit 0, not kill it mid-line.
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  let stop = () => {};
  await new Promise<void>((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    stop = () => {
      clearTimeout(timer);
      resolve();
    };
    for (const signal of signals) process.once(signal, stop);
    // Announced once the signals are ours, so whoever reads this line may already hang up.
    if (!json) stdout.write(paint.dim(words.watching({ scope: scopeWords, interval })) + '\n');
    // setTimeout after each look, not setInterval: a slow look never piles up behind itself.
    const tick = () => {
      // CPU time, not wall time: on a busy machine a look waits for the CPU without costing it.
      const started = process.cpuUsage();
      const after = socketKeys(looker.look().rows);
      const used = process.cpuUsage(started);
      const cost = (used.user + used.system) / 1000;
      const time = new Date();
      for (const change of socketChanges(before, after)) stdout.write(changeText(change, time, json, words, t) + '\n');
      before = after;
      timer = setTimeout(tick, Math.max(interval, Math.ceil(cost * restPerLook)));
    };
    timer = setTimeout(tick, interval);
  });
  for (const signal of signals) process.off(signal, stop);
  return 0;
}

function jsonRow(row: SocketRow, watch: boolean) {
  return watch ? { type: 'socket', ...socketJson(row) } : socketJson(row);
}

function changeText(change: SocketChange, time: Date, json: boolean, words: SocketsWords, t: Dictionary): string {
  const { from, to, socket } = change;
  if (json) return JSON.stringify({ type: 'change', time: time.toISOString(), from, to, ...socketJson(socket) });
  const line = words.changeLine({
    time: clockTime(time),
    role: words.roles[socket.role],
    local: endTuple(socket.local, socket.family),
    remote: socket.state === 'LISTEN' ? '*' : endTuple(socket.remote, socket.family),
    from: from ?? t.sockets.appeared,
    to: to ?? t.sockets.gone,
  });
  return to ? `${line}\n    ${words.states[to]}` : line;
}

function tableLines(
  rows: SocketRow[],
  scope: string,
  words: SocketsWords,
  sources: SocketsSources,
  width: number | undefined,
  bold: (text: string) => string,
): string[] {
  const source = sources.tableSource;
  if (rows.length === 0) return proseLines(words.none({ scope }), width);
  const lines = [bold(words.heading({ scope, count: rows.length, source }))];
  for (const row of rows) {
    lines.push(`  ${socketHeadline(row, words)}`);
    const notes = [words.states[row.state], ...queueNotes(row, words)];
    for (const note of notes) lines.push(...proseLines(note, width && width - 6).map((text) => `      ${text}`));
  }
  return lines;
}
