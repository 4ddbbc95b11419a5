import { createServer } from 'node:net';

export type TryBindResult =
  /** The OS let us bind it (and we let it go again). */
  | { result: 'free'; code: null; port: number }
  /** Someone else holds it. */
  | { result: 'in-use'; code: 'EADDRINUSE'; port: number }
  /** Not allowed: a low port without privileges. */
  | { result: 'denied'; code: 'EACCES' | 'EPERM'; port: number }
  /** Anything else the OS answered. */
  | { result: 'error'; code: string; port: number };

/**
 * Really binds 127.0.0.1:port, reports what the OS said, and releases it before resolving. Port 0
 * asks the OS to choose; `port` then says which one it picked.
 */
export function tryBind(port: number, host = '127.0.0.1'): Promise<TryBindResult> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      const code = error.code ?? 'UNKNOWN';
      if (code === 'EADDRINUSE') resolve({ result: 'in-use', code, port });
      else if (code === 'EACCES' || code === 'EPERM') resolve({ result: 'denied', code, port });
      else resolve({ result: 'error', code, port });
    });
    // exclusive: a port held by this same process (cluster) must still count as in use.
    server.listen({ port, host, exclusive: true }, () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      server.close(() => resolve({ result: 'free', code: null, port: bound }));
    });
  });
}
