import { pythonTuple, type SocketEnd } from '../../core/address-tuple.js';
import { parseCountOption, parseFamilyOption, parsePortOption } from '../../core/socket-options.js';
import type { Dictionary } from '../../i18n/index.js';
import { describeSocketError } from '../../i18n/socket-error-sentence.js';
import { DemoServer, nextEvent, type DemoEvent, type Endpoint } from '../../net/demo-server.js';
import type { CommandContext } from '../tool.js';
import type { DemoPayload } from './payload.js';

function tupleOf(end: Endpoint, family: string): string {
  return pythonTuple({ address: end.address, port: end.port ?? undefined, family: family as SocketEnd['family'] });
}

/** The Python lines that do what the demo server just did. */
function pythonListenLines(event: Extract<DemoEvent, { event: 'listening' }>): string {
  if (event.family === 'Unix') return `s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM); s.bind(${JSON.stringify(event.address)}); s.listen()`;
  const af = event.family === 'IPv6' ? 'AF_INET6' : 'AF_INET';
  return `s = socket.socket(socket.${af}, socket.SOCK_STREAM); s.bind(("${event.address}", ${event.port})); s.listen()`;
}

/** One readable line per demo event. */
function demoLine(event: DemoEvent, t: Dictionary, family: string): string {
  const log = t.demo.log;
  switch (event.event) {
    case 'listening':
      return log.listening({ address: event.address, port: event.port, family: event.family, python: pythonListenLines(event) });
    case 'connected':
      return log.connected({ client: event.client, local: tupleOf(event.local, family), remote: tupleOf(event.remote, family) });
    case 'accepted':
      return log.accepted({ client: event.client, tuple: event.tuple, outside: Boolean(event.outside) });
    case 'message':
      return log.message({ client: event.client, text: event.text, bytes: event.bytes, hex: event.hex.replace(/(..)(?!$)/g, '$1 ') });
    case 'closed':
      return log.closed({ client: event.client, by: event.by, reset: Boolean(event.reset) });
    case 'failed':
      return log.failed({ client: event.client, code: event.code });
    case 'stopped':
      return log.stopped;
  }
}

/**
 * `netlearn demo`: on a terminal, the live demo screen; piped, the scripted scene, one line (or one
 * JSON object) per event: each client in turn connects, sends a greeting, and leaves.
 */
export default async function run(ctx: CommandContext<DemoPayload>): Promise<number> {
  const { flags, t } = ctx;
  const clients = typeof flags.clients === 'string' ? parseCountOption(flags.clients, '--clients', 1, 1000) : 3;
  const family = typeof flags.family === 'string' ? parseFamilyOption(flags.family) : 'inet';
  const port = typeof flags.port === 'string' ? parsePortOption(flags.port) : 0;

  if (ctx.interactive && !ctx.json) {
    await ctx.openScreen({ family, port });
    return 0;
  }

  const server = new DemoServer({ family, port });
  const familyName = { inet: 'IPv4', inet6: 'IPv6', unix: 'Unix' }[family];
  server.on('event', (event) => ctx.stdout.write((ctx.json ? JSON.stringify(event) : demoLine(event, t, familyName)) + '\n'));
  try {
    await server.start();
  } catch (error) {
    const message = describeSocketError(error, t, { host: server.host, port });
    if (!message) throw error;
    ctx.stderr.write(`${t.cli.prefix} ${message}\n`);
    return 1;
  }
  try {
    for (let n = 0; n < clients; n++) {
      const id = server.addClient();
      const settled = await nextEvent(server, (e) => (e.event === 'accepted' || e.event === 'failed') && e.client === id);
      if (settled.event === 'failed') return 1;
      const message = nextEvent(server, (e) => e.event === 'message' && e.client === id);
      server.send(id, t.demo.greeting({ client: id }));
      await message;
      const closed = nextEvent(server, (e) => e.event === 'closed' && e.client === id);
      server.disconnect(id, 'client');
      await closed;
    }
    return 0;
  } finally {
    await server.stop();
  }
}
