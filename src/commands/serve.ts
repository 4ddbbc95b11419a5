import { hostPort } from '../core/address-tuple.js';
import { parseCountOption, parsePortOption } from '../core/socket-options.js';
import type { Dictionary } from '../i18n/index.js';
import type { Paint } from '../output/paint.js';
import { ChatServer, type ChatEvent } from '../net/chat-server.js';
import { ipv4Interfaces } from '../system/interfaces.js';
import type { CommandContext } from './command.js';
import { describeSocketError } from './socket-errors.js';

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

/** Where students can reach a server listening on `host`: every outward address for a wildcard. */
function reachableAddresses(host: string, port: number): string[] {
  if (host === '0.0.0.0' || host === '::' || host === '') {
    return ipv4Interfaces().map((entry) => `${entry.address}:${port} (${entry.name})`);
  }
  return [host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`];
}

function logLine(event: ChatEvent, t: Dictionary, max: number): string {
  const log = t.chat.log;
  switch (event.event) {
    case 'listening':
      return log.listening({ where: hostPort({ address: event.address, port: event.port, family: event.family === 'IPv6' ? 'IPv6' : 'IPv4' }), family: event.family });
    case 'accepted':
      return log.accepted({ nick: event.nick, tuple: event.tuple });
    case 'refused':
      return log.refused({ tuple: event.tuple, max });
    case 'message':
      return log.message(event);
    case 'nick':
      return log.renamed(event);
    case 'truncated':
      return log.truncated(event);
    case 'closed':
      return log.closed(event);
    case 'stopping':
      return log.stopping({ count: event.clients });
    case 'stopped':
      return log.stopped;
  }
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
 * `netlearn serve`: a line chat server. Its log is one line per event (NDJSON with --json), also on
 * a terminal. SIGINT or SIGTERM tells the clients, closes everything and exits 0.
 */
export default async function run(ctx: CommandContext): Promise<number> {
  const { flags, t } = ctx;
  const host = typeof flags.host === 'string' && flags.host !== '' ? flags.host : '127.0.0.1';
  const port = parsePortOption(typeof flags.port === 'string' ? flags.port : '5050');
  const maxClients = typeof flags['max-clients'] === 'string' ? parseCountOption(flags['max-clients'], '--max-clients', 1, 100_000) : 1000;

  const server = new ChatServer({ host, port, maxClients, wire: t.chat.wire });
  const print = (line: string) => ctx.stdout.write(line + '\n');
  server.on('event', (event) => {
    if (ctx.json) print(JSON.stringify(event));
    else print(paintFor(event, ctx.paint)(logLine(event, t, maxClients)));
  });

  let actual: { port: number };
  try {
    actual = await server.listen();
  } catch (error) {
    const message = describeSocketError(error, t, { host, port });
    if (!message) throw error;
    ctx.stderr.write(`${t.cli.prefix} ${message}\n`);
    return 1;
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

