import { connect, type Socket } from 'node:net';
import { vi } from 'vitest';

/** A raw test client: collects every line it receives, and waits for the one a test expects. */
export interface LineClient {
  socket: Socket;
  lines: string[];
  send: (text: string | Buffer) => void;
  waitForLine: (expected: string | RegExp, timeout?: number) => Promise<string>;
  closed: Promise<void>;
}

export async function lineClient(port: number, host = '127.0.0.1', localAddress?: string): Promise<LineClient> {
  const socket = connect({ host, port, ...(localAddress ? { localAddress } : {}) });
  socket.on('error', () => {});
  const lines: string[] = [];
  let rest = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop()!;
    lines.push(...parts);
  });
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  return {
    socket,
    lines,
    send: (text) => socket.write(typeof text === 'string' ? text + '\n' : text),
    waitForLine: (expected, timeout = 3000) =>
      vi.waitFor(
        () => {
          const found = lines.find((line) =>
            typeof expected === 'string' ? line.includes(expected) : expected.test(line),
          );
          if (found === undefined) throw new Error(`no line matching ${String(expected)}; got:\n${lines.join('\n')}`);
          return found;
        },
        { timeout, interval: 10 },
      ),
    closed,
  };
}
