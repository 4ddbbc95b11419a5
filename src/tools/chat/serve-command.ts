import { joinHostPort } from '../../core/address-tuple.js';
import { parseCountOption, parseHostOption, parsePortOption } from '../../core/socket-options.js';
import { chatLogLine } from './chat-log-line.js';
import { describeSocketError } from '../../i18n/socket-error-sentence.js';
import { serverHandoff, type ServerHandoff } from './handoff.js';
import type { ChatEvent } from '../../net/chat-server.js';
import type { Paint } from '../../output/paint.js';
import sources from './sources.js';
import type { CommandContext } from '../tool.js';

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

/** Where students can reach a server listening on `host`: every outward address for a wildcard. */
function reachableAddresses(host: string, port: number): string[] {
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
 * per event (NDJSON with --json). SIGINT or SIGTERM (or leaving the screen) tells the clients,
 * closes everything and exits 0.
 */
export default async function run(ctx: CommandContext<ServerHandoff>): Promise<number> {
  const { flags, t } = ctx;
  const host = typeof flags.host === 'string' ? parseHostOption(flags.host, 'serve') : '127.0.0.1';
  const port = parsePortOption(typeof flags.port === 'string' ? flags.port : '5050');
  const maxClients =
    typeof flags['max-clients'] === 'string'
      ? parseCountOption(flags['max-clients'], '--max-clients', 1, 100_000)
      : 1000;

  const server = sources.createServer({ host, port, maxClients, wire: t.chat.wire });
  const print = (line: string) => ctx.stdout.write(line + '\n');
  const onScreen = ctx.interactive && !ctx.json;
  const handoff = onScreen ? serverHandoff({ server, host, port, reachable: [] }) : undefined;
  if (!onScreen) {
    server.on('event', (event) => {
      if (ctx.json) print(JSON.stringify(event));
      else print(paintFor(event, ctx.paint)(chatLogLine(event, t, maxClients)));
    });
  }

  let actual: { port: number };
  try {
    actual = await server.listen();
  } catch (error) {
    handoff?.release();
    const message = describeSocketError(error, t, { host, port });
    if (!message) throw error;
    ctx.stderr.write(`${t.cli.prefix} ${message}\n`);
    return 1;
  }

  if (handoff) {
    handoff.port = actual.port;
    if (!isLoopback(host)) handoff.reachable = reachableAddresses(host, actual.port);
    await ctx.openScreen(handoff);
    await server.stop();
    print(t.chat.log.stopped);
    return 0;
  }

  if (!isLoopback(host)) {
    const addresses = reachableAddresses(host, actual.port);
    if (ctx.json) print(JSON.stringify({ event: 'reachable', addresses }));
    else print([t.chat.log.reachable, ...addresses.map((address) => `  ${address}`)].join('\n'));
    ctx.stderr.write(`${t.chat.log.networkWarning({ host })}\n`);
  }

  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.stop();
  return 0;
}
