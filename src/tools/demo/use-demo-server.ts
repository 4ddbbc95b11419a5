import { useEffect, useReducer, useRef } from 'react';
import type { DemoFamily } from '../../core/socket-options.js';
import type { DemoEvent } from '../../core/demo-events.js';
import type { DemoServer } from '../../net/demo-server.js';
import type { DemoSources } from './sources.js';
import { demoReducer, initialDemoState } from './use-demo-state.js';

/** At most this many renders a second, however fast events arrive. */
const framesPerSecond = 30;

function clock(): string {
  return new Date().toTimeString().slice(0, 8);
}

/**
 * Runs the demo server for as long as the screen is open. Events are buffered and folded into state
 * on a timer, so a burst of hundreds of connections costs a few renders, not hundreds. Cleanup
 * closes every socket, so leaving the screen leaves nothing listening.
 */
export default function useDemoServer(
  createServer: DemoSources['createServer'],
  options: { family: DemoFamily; port: number },
) {
  const [state, dispatch] = useReducer(demoReducer, initialDemoState);
  const serverRef = useRef<DemoServer | undefined>(undefined);
  const [failure, setFailure] = useReducer((_: string | undefined, next: string | undefined) => next, undefined);

  useEffect(() => {
    const server = createServer(options);
    serverRef.current = server;
    let buffer: { time: string; event: DemoEvent }[] = [];
    server.on('event', (event) => buffer.push({ time: clock(), event }));
    const timer = setInterval(() => {
      if (buffer.length === 0) return;
      const batch = buffer;
      buffer = [];
      dispatch({ type: 'events', batch });
    }, 1000 / framesPerSecond);
    server.start().catch((error: NodeJS.ErrnoException) => setFailure(error.code ?? error.message));
    return () => {
      clearInterval(timer);
      server.removeAllListeners();
      void server.stop();
      serverRef.current = undefined;
    };
    // The server lives as long as the screen; its options never change while it is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const restart = () => {
    const server = serverRef.current;
    if (!server) return;
    if (server.running) void server.stop();
    else server.start().catch((error: NodeJS.ErrnoException) => setFailure(error.code ?? error.message));
  };

  return { state, server: serverRef, failure, restart };
}
