import { createInterface } from 'node:readline';
import { pythonTuple } from '../../core/address-tuple.js';
import { parseConnectPort, parseHostOption } from '../../core/socket-options.js';
import { describeSocketError } from '../../i18n/socket-error-sentence.js';
import type { ChatConnection } from '../../net/chat-client.js';
import sources from './sources.js';
import { connectionHandoff, type ChatHandoff } from './handoff.js';
import type { CommandContext } from '../tool.js';

/** After stdin ends, how long to wait for the server's last lines before leaving. */
const lingerMs = 1500;

/**
 * `netlearn connect [host] --port P`: a line chat client. On a terminal, the chat screen; piped,
 * stdin lines are sent and lines received, cleaned of escapes, go to stdout. Ends when the server
 * closes or stdin ends.
 */
export default async function run(ctx: CommandContext<ChatHandoff>): Promise<number> {
  const host = ctx.args[0] === undefined ? '127.0.0.1' : parseHostOption(ctx.args[0], 'connect');
  const port = parseConnectPort(typeof ctx.flags.port === 'string' ? ctx.flags.port : '5050');
  const { t } = ctx;

  let connection: ChatConnection;
  try {
    connection = await sources.connect(host, port);
  } catch (error) {
    const message = describeSocketError(error, t, { host, port });
    if (!message) throw error;
    ctx.stderr.write(`${t.cli.prefix} ${message}\n`);
    return 1;
  }
  if (ctx.interactive && !ctx.json) {
    await ctx.openScreen(connectionHandoff(connection));
    connection.destroy();
    return 0;
  }

  // On stderr, so a pipe reading stdout gets only what the server sent.
  ctx.stderr.write(
    t.chat.client.connected({ local: pythonTuple(connection.local), remote: pythonTuple(connection.remote) }) + '\n',
  );

  connection.on('line', (line) => ctx.stdout.write(line + '\n'));
  const input = createInterface({ input: ctx.stdin, crlfDelay: Infinity, terminal: false });
  input.on('line', (line) => connection.send(line));

  await new Promise<void>((resolve) => {
    connection.once('close', resolve);
    input.once('close', () => {
      if (connection.closed) return;
      connection.end();
      setTimeout(resolve, lingerMs).unref();
    });
  });
  input.close();
  ctx.stdin.pause();
  connection.destroy();
  return 0;
}
