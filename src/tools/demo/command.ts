import type { DemoEvent } from '../../core/demo-events.js';
import { parseCountOption, parseFamilyOption, parsePortOption } from '../../core/socket-options.js';
import { describeSocketError } from '../../i18n/socket-error-sentence.js';
import type { CommandContext } from '../tool.js';
import type { DemoTool } from './entry.js';
import { playScene } from './play-scene.js';
import { demoScene, sceneClients } from './scene.js';
import type { DemoWords } from './words.en.js';

/** One readable line per demo event. */
function demoLine(event: DemoEvent, words: DemoWords): string {
  const log = words.log;
  switch (event.event) {
    case 'listening':
      // The Python that does the same follows as a comment, as it would in a script.
      return `${log.listening(event)}   # ${event.pythonSocket}; ${event.pythonBind}`;
    case 'connected':
      return log.connected({ client: event.client, local: event.localTuple, remote: event.remoteTuple });
    case 'accepted':
      return log.accepted({ client: event.client, tuple: event.tuple, outside: Boolean(event.outside) });
    case 'message':
      return log.message({
        client: event.client,
        text: event.text,
        bytes: event.bytes,
        hex: event.hex.replace(/(..)(?!$)/g, '$1 '),
      });
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
export default async function run(ctx: CommandContext<DemoTool>): Promise<number> {
  const { flags, t, words, sources } = ctx;
  const clients = flags.clients !== undefined ? parseCountOption(flags.clients, '--clients', 1, 1000) : sceneClients;
  const family = flags.family !== undefined ? parseFamilyOption(flags.family) : 'inet';
  const port = flags.port !== undefined ? parsePortOption(flags.port) : 0;

  if (ctx.interactive && !ctx.json) {
    await ctx.openScreen({ family, port });
    return 0;
  }

  const server = sources.createServer({ family, port });
  // A stdout that stops taking lines (a stalled pipe) stops the reading from clients until it drains.
  let stalled = false;
  server.on('event', (event) => {
    if (ctx.stdout.write((ctx.json ? JSON.stringify(event) : demoLine(event, words)) + '\n') || stalled) return;
    stalled = true;
    server.pauseReading();
    ctx.stdout.once('drain', () => {
      stalled = false;
      server.resumeReading();
    });
  });
  try {
    await server.start();
  } catch (error) {
    const message = describeSocketError(error, t, { host: server.host, port });
    if (!message) throw error;
    ctx.stderr.write(`${t.cli.prefix} ${message}\n`);
    return 1;
  }
  try {
    const end = await playScene(server, demoScene(clients), { greeting: (client) => words.greeting({ client }) });
    return end === 'failed' ? 1 : 0;
  } finally {
    await server.stop();
  }
}
