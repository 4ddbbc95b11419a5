import { useEffect, useRef, useState, type RefObject } from 'react';
import type { DemoServer } from '../../net/demo-server.js';

/** Time between two steps of the scripted scene: slow enough to read each line. */
const stepMs = 1500;

/**
 * A scripted scene for first-timers: two clients connect, both greet, a third arrives, one leaves
 * by itself, the server closes another, the last one says goodbye. Stops on the same key.
 */
export default function useAutoplay(server: RefObject<DemoServer | undefined>, greeting: (client: number) => string) {
  const [running, setRunning] = useState(false);
  const timers = useRef<NodeJS.Timeout[]>([]);

  const stop = () => {
    for (const timer of timers.current) clearTimeout(timer);
    timers.current = [];
    setRunning(false);
  };

  const start = () => {
    const demo = server.current;
    if (!demo?.running) return;
    const ids: number[] = [];
    const send = (index: number) => () => ids[index] !== undefined && demo.send(ids[index]!, greeting(ids[index]!));
    const steps: (() => unknown)[] = [
      () => ids.push(demo.addClient()),
      () => ids.push(demo.addClient()),
      send(0),
      send(1),
      () => ids.push(demo.addClient()),
      () => ids[0] !== undefined && demo.disconnect(ids[0], 'client'),
      () => ids[1] !== undefined && demo.disconnect(ids[1], 'server'),
      send(2),
      () => ids[2] !== undefined && demo.disconnect(ids[2], 'client'),
    ];
    setRunning(true);
    timers.current = steps.map((step, index) =>
      setTimeout(() => {
        if (demo.running) step();
        if (index === steps.length - 1) setRunning(false);
      }, stepMs * index + 300),
    );
  };

  useEffect(() => () => timers.current.forEach((timer) => clearTimeout(timer)), []);

  return { running, toggle: () => (running ? stop() : start()) };
}
