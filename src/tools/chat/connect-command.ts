import { joinHostPort, pythonTuple } from '../../core/address-tuple.js';
import { defaultChat } from '../../core/default-chat.js';
import { parseConnectPort, parseHostOption } from '../../core/socket-options.js';
import { describeSocketError } from '../../i18n/socket-error-sentence.js';
import type { ChatConnection } from '../../net/chat-client.js';
import { LineInput, stdinLineCap } from '../../output/line-input.js';
import { connectionHandoff } from './handoff.js';
import type { CommandContext } from '../tool.js';
import type { ChatTool } from './connect-entry.js';
import { speakMyLanguage } from './speak-language.js';

/** After stdin ends, how long to wait for the server's last lines before leaving. */
const lingerMs = 1500;

/**
 * `netlearn connect [host] --port P`: a line chat client. On a terminal, the chat screen; piped,
 * stdin lines are sent and lines received, cleaned of escapes, go to stdout. Ends when the server
 * closes or stdin ends.
 */
export default async function run(ctx: CommandContext<ChatTool>): Promise<number> {
  const host = ctx.args[0] === undefined ? defaultChat.host : parseHostOption(ctx.args[0], 'connect');
  const port = parseConnectPort(ctx.flags.port ?? String(defaultChat.port));
  const { t, words, sources } = ctx;

  let connection: ChatConnection;
  try {
    connection = await sources.connect(host, port);
    speakMyLanguage(connection, ctx.lang);
  } catch (error) {
    const message = describeSocketError(error, t, { host, port });
    if (!message) throw error;
    ctx.stderr.write(`${t.cli.prefix} ${message}\n`);
    return 1;
  }
  if (ctx.interactive && !ctx.json) {
    try {
      await ctx.openScreen(connectionHandoff(connection));
    } finally {
      // Whether the screen closed or never started, the connection does not outlive it.
      connection.destroy();
    }
    return 0;
  }

  // On stderr, so a pipe reading stdout gets only what the server sent.
  ctx.stderr.write(
    words.connected({ local: pythonTuple(connection.local), remote: pythonTuple(connection.remote) }) + '\n',
  );

  // A stdout that stops taking lines (a stalled pipe) stops the reading from the server, and TCP
  // slows the server down, rather than lines piling up here.
  let stalled = false;
  connection.on('line', (line) => {
    if (ctx.stdout.write(line + '\n') || stalled) return;
    stalled = true;
    connection.pause();
    ctx.stdout.once('drain', () => {
      stalled = false;
      connection.resume();
    });
  });

  // Stdin is read a line at a time, only as fast as the socket takes them, and no line past 64 KiB.
  const input = new LineInput(ctx.stdin);
  let tooLong: number | undefined;
  const sending = (async () => {
    for (;;) {
      const item = await input.next();
      if (item.kind === 'too-long') tooLong = item.n;
      if (item.kind !== 'line' || connection.closed) return;
      if (!connection.send(item.raw)) await connection.drained();
    }
  })();

  await new Promise<void>((resolve) => {
    connection.once('close', resolve);
    void sending.then(() => {
      if (connection.closed || tooLong !== undefined) return resolve();
      connection.end();
      setTimeout(resolve, lingerMs).unref();
    });
  });
  input.close();
  connection.destroy();
  if (connection.reset) {
    ctx.stderr.write(`${t.cli.prefix} ${t.chat.errors.reset({ where: joinHostPort(host, port) })}\n`);
    return 1;
  }
  if (tooLong !== undefined) {
    ctx.stderr.write(`${t.cli.prefix} ${t.cli.errors.stdinLineTooLong({ line: tooLong, kib: stdinLineCap / 1024 })}\n`);
    return 2;
  }
  return 0;
}
