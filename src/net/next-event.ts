import type { DemoEvent } from '../core/demo-events.js';

/** Anything that emits the demo's events (the demo server, or a fake in a test). */
export interface DemoEventSource {
  on(name: 'event', listener: (event: DemoEvent) => void): unknown;
  off(name: 'event', listener: (event: DemoEvent) => void): unknown;
}

/** Waits for the first event that passes the test; rejects after the timeout so nothing hangs. */
export function nextEvent<T extends DemoEvent>(
  source: DemoEventSource,
  test: (event: DemoEvent) => event is T,
  timeoutMs?: number,
): Promise<T>;
export function nextEvent(
  source: DemoEventSource,
  test: (event: DemoEvent) => boolean,
  timeoutMs?: number,
): Promise<DemoEvent>;
export function nextEvent(
  source: DemoEventSource,
  test: (event: DemoEvent) => boolean,
  timeoutMs = 10_000,
): Promise<DemoEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      source.off('event', listener);
      reject(new Error('the demo did not reach the expected step in time'));
    }, timeoutMs);
    const listener = (event: DemoEvent) => {
      if (!test(event)) return;
      clearTimeout(timer);
      source.off('event', listener);
      resolve(event);
    };
    source.on('event', listener);
  });
}
