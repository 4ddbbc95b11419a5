import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { tryBind } from '../../src/net/try-bind.js';

let holder: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (holder ? holder.close(() => resolve()) : resolve()));
  holder = undefined;
});

function holdFreePort(): Promise<number> {
  return new Promise((resolve) => {
    holder = createServer().listen(0, '127.0.0.1', () => resolve((holder!.address() as { port: number }).port));
  });
}

describe('tryBind', () => {
  it('reports a port someone else holds as in use', async () => {
    const port = await holdFreePort();
    expect(await tryBind(port)).toEqual({ result: 'in-use', code: 'EADDRINUSE', port });
  });

  it('reports a free port as free and releases it', async () => {
    const port = await holdFreePort();
    await new Promise<void>((resolve) => holder!.close(() => resolve()));
    holder = undefined;
    expect(await tryBind(port)).toEqual({ result: 'free', code: null, port });
    // Released: binding it again works.
    expect((await tryBind(port)).result).toBe('free');
  });

  it('says which port the OS picked for port 0', async () => {
    const bound = await tryBind(0);
    expect(bound.result).toBe('free');
    expect(bound.port).toBeGreaterThan(0);
  });

  it.runIf(typeof process.getuid === 'function' && process.getuid() !== 0 && process.platform === 'linux')(
    'is refused a low port without root',
    async () => {
      expect((await tryBind(1)).result).toBe('denied');
    },
  );
});
