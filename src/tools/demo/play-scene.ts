import type { DemoEvent } from '../../core/demo-events.js';
import type { SceneStep } from './scene.js';

/** What the scene needs of a demo server; the real one or a fake in a test. */
export interface SceneStage {
  readonly running: boolean;
  addClient(): number;
  send(id: number, text: string): boolean;
  disconnect(id: number, side: 'client' | 'server'): void;
  openClients(): number[];
  on(name: 'event', listener: (event: DemoEvent) => void): unknown;
  off(name: 'event', listener: (event: DemoEvent) => void): unknown;
}

/** How a scene ended: all steps played, a client could not connect, the server stopped, or it was cancelled. */
export type SceneEnd = 'done' | 'failed' | 'stopped' | 'aborted';

export interface PlayOptions {
  /** The line a client sends, by its number. */
  greeting: (client: number) => string;
  /** Time between one step's outcome and the next step: none when piped, long enough to read on screen. */
  pauseMs?: number;
  /** Stops the scene between steps (auto-play toggled off, screen left). */
  signal?: AbortSignal;
  /** How long one step may take before the scene gives up with an error. */
  timeoutMs?: number;
}

function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** The first event that passes the test, or `stopped`; undefined when cancelled first. */
function outcome(stage: SceneStage, test: (event: DemoEvent) => boolean, options: PlayOptions) {
  const { signal, timeoutMs = 10_000 } = options;
  return new Promise<DemoEvent | undefined>((resolve, reject) => {
    const finish = (end: () => void) => {
      clearTimeout(timer);
      stage.off('event', listener);
      signal?.removeEventListener('abort', cancel);
      end();
    };
    const listener = (event: DemoEvent) => {
      if (test(event) || event.event === 'stopped') finish(() => resolve(event));
    };
    const cancel = () => finish(() => resolve(undefined));
    const late = () => finish(() => reject(new Error('the demo did not reach the expected step in time')));
    const timer = setTimeout(late, timeoutMs);
    stage.on('event', listener);
    signal?.addEventListener('abort', cancel, { once: true });
  });
}

const about =
  (id: number, ...kinds: DemoEvent['event'][]) =>
  (event: DemoEvent) =>
    'client' in event && event.client === id && kinds.includes(event.event);

/**
 * Plays the scene on a running demo server, each step once the one before has had its effect (a
 * client accepted, a message received, a connection closed). A step about a client that is already
 * gone (the learner closed it) is skipped, so the scene never waits for something that cannot come.
 */
export async function playScene(
  stage: SceneStage,
  steps: readonly SceneStep[],
  options: PlayOptions,
): Promise<SceneEnd> {
  const ids = new Map<number, number>();
  for (const [index, step] of steps.entries()) {
    if (index > 0 && options.pauseMs) await pause(options.pauseMs, options.signal);
    if (options.signal?.aborted) return 'aborted';
    if (!stage.running) return 'stopped';
    let settled: Promise<DemoEvent | undefined>;
    if (step.do === 'connect') {
      const id = stage.addClient();
      ids.set(step.client, id);
      settled = outcome(stage, about(id, 'accepted', 'failed', 'closed'), options);
    } else {
      const id = ids.get(step.client);
      if (id === undefined || !stage.openClients().includes(id)) continue;
      if (step.do === 'send') {
        settled = outcome(stage, about(id, 'message', 'closed'), options);
        stage.send(id, options.greeting(id));
      } else {
        settled = outcome(stage, about(id, 'closed'), options);
        stage.disconnect(id, step.by);
      }
    }
    const event = await settled;
    if (event === undefined) return 'aborted';
    if (event.event === 'failed') return 'failed';
    if (event.event === 'stopped') return 'stopped';
  }
  return 'done';
}
