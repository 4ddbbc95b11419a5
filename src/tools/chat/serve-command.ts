import { joinHostPort } from '../../core/address-tuple.js';
import { defaultChat } from '../../core/default-chat.js';
import { parseCountOption, parseHostOption, parsePortOption } from '../../core/socket-options.js';
import { chatLogLine } from './chat-log-line.js';
import { describeSocketError } from '../../i18n/socket-error-sentence.js';
import { serverHandoff } from './handoff.js';
import { serveLog } from './serve-log.js';
import type { ChatEvent } from '../../net/chat-server.js';
import type { Paint } from '../../output/paint.js';
import type { ChatSources } from './sources.js';
import type { CommandContext } from '../tool.js';
import type { ServeTool } from './serve-entry.js';
import { chatWires } from './chat-wires.js';

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

/** Where students can reach a server listening on `host`: every outward address for a wildcard. */
function reachableAddresses(sources: ChatSources, host: string, port: number): string[] {
  if (host === '0.0.0.0' || host === '::' || host === '') {
    return sources.interfaces().map((entry) => `${entry.address}:${port} (${entry.name})`);
  }
  return [joinHostPort(host, port)];
}

/** Colour by meaning when stdout is a terminal (paint is plain otherwise). */
function paintFor(event: ChatEvent, paint: Paint): (text: string) => string {
  switch (event.event) {
    case 'listening':
    case 'accepted':
      return paint.green;
    case 'closed':
    case 'refused':
    case 'truncated':
      return paint.yellow;
    case 'stopping':
    case 'stopped':
      return paint.dim;
    default:
      return (text) => text;
  }
}

/**
 * `netlearn serve`: a line chat server. On a terminal, the serve screen; otherwise its log, one line
 * per event (NDJSON with --json). SIGINT, SIGTERM or SIGHUP (or leaving the screen) tells the
 * clients, closes everything and exits 0, even when stdout is a stalled pipe; a screen that fails
 * to start stops the server too. The log never stops the chat (see serve-log.ts).
 */
export default async function run(ctx: CommandContext<ServeTool>): Promise<number> {
  const { flags, t, words, sources } = ctx;
  const host = flags.host === undefined ? defaultChat.host : parseHostOption(flags.host, 'serve');
  const port = parsePortOption(flags.port ?? String(defaultChat.port));
  const maxClients =
    flags['max-clients'] === undefined ? 1000 : parseCountOption(flags['max-clients'], '--max-clients', 1, 100_000);
  const perAddressFlag =
    flags['max-per-address'] === undefined
      ? 4
      : parseCountOption(flags['max-per-address'], '--max-per-address', 1, 100_000);
  // Listening on loopback only, every client is the learner at this machine: the limit is for a room.
  const maxPerAddress = isLoopback(host) ? maxClients : perAddressFlag;
  const ipv6Prefix =
    flags['ipv6-prefix'] === undefined ? 64 : parseCountOption(flags['ipv6-prefix'], '--ipv6-prefix', 1, 128);
  const idleSeconds =
    flags['idle-timeout'] === undefined ? 30 : parseCountOption(flags['idle-timeout'], '--idle-timeout', 1, 86_400);
  const server = sources.createServer({
    host,
    port,
    maxClients,
    maxPerAddress,
    ipv6Prefix,
    idleMs: idleSeconds * 1000,
    wire: t.chat.wire,
    wires: chatWires,
  });
  const onScreen = ctx.interactive && !ctx.json;
  let failure: NodeJS.ErrnoException | undefined;
  let wake = () => {};
  const log = serveLog(ctx.stdout, ctx.stderr, words, {
    json: ctx.json,
    onFailure: (error) => {
      failure = error;
      wake();
    },
  });
  const print = log.print;
  const handoff = onScreen ? serverHandoff({ server, host, port, reachable: [] }) : undefined;
  if (!onScreen) {
    server.on('event', (event) => {
      if (ctx.json) print(JSON.stringify(event));
      else print(paintFor(event, ctx.paint)(chatLogLine(event, words, maxClients)));
    });
  }

  let actual: { port: number };
  try {
    actual = await server.listen();
  } catch (error) {
    log.close();
    handoff?.release();
    const message = describeSocketError(error, t, { host, port });
    if (!message) throw error;
    ctx.stderr.write(`${t.cli.prefix} ${message}\n`);
    return 1;
  }

  if (handoff) {
    handoff.port = actual.port;
    if (!isLoopback(host)) handoff.reachable = reachableAddresses(sources, host, actual.port);
    try {
      await ctx.openScreen(handoff);
    } finally {
      // Whether the screen closed or never started, no server is left running behind it.
      await server.stop();
      log.close();
    }
    print(words.log.stopped);
    return 0;
  }

  if (!isLoopback(host)) {
    const addresses = reachableAddresses(sources, host, actual.port);
    if (ctx.json) print(JSON.stringify({ event: 'reachable', addresses }));
    else print([words.log.reachable, ...addresses.map((address) => `  ${address}`)].join('\n'));
    ctx.stderr.write(`${words.log.networkWarning({ host })}\n`);
  }

  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  await new Promise<void>((resolve) => {
    wake = resolve;
    for (const signal of signals) process.on(signal, resolve);
    if (failure) resolve();
  });
  for (const signal of signals) process.off(signal, wake);
  await server.stop();
  log.close();
  if (failure) {
    ctx.stderr.write(`${t.cli.prefix} ${t.cli.errors.stdoutFailed({ reason: failure.code ?? failure.message })}\n`);
    return 1;
  }
  await leaveStalledStdout(ctx.stdout);
  return 0;
}

/**
 * Stopping must end the process even when stdout is a pipe nobody reads: pending log lines get a
 * second to go out, then the process exits without them (nothing else would let it end).
 */
async function leaveStalledStdout(stdout: NodeJS.WritableStream & { writableLength?: number }): Promise<void> {
  if (!stdout.writableLength) return;
  await new Promise<void>((resolve) => {
    stdout.once('drain', resolve);
    setTimeout(resolve, 1000).unref();
  });
  if (stdout.writableLength) process.exit(0);
}
