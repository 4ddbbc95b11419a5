import { createServer, type Server, type Socket } from 'node:net';

/**
 * A server on a free loopback port that hands each connection to `onClient`, for tests that play
 * the other side; `close()` ends it and every connection it took.
 */
export async function localServer(
  onClient: (socket: Socket) => void,
): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets: Socket[] = [];
  const server: Server = createServer((socket) => {
    socket.on('error', () => {});
    sockets.push(socket);
    onClient(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const close = async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  };
  return { port, close };
}
