import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { RunResult } from '../core/race.js';
import { workerSource } from './worker-source.js';

const COUNTER = 0;
const GATE = 2;
const PROGRESS = 3;

export interface RaceOptions {
  workers: number;
  increments: number;
  /** Guard the read-add-write with the mutex. */
  locked: boolean;
}

/** A running race: its shared cells can be read while it runs; stop() ends it early. */
export interface RaceRun {
  /** Resolves with the counter and the time once every thread has finished. */
  done: Promise<RunResult>;
  /** The counter right now. */
  counter: () => number;
  /** How many additions each worker has made so far (updated every 1024). */
  progress: () => number[];
  /** Terminates every worker; `done` then rejects. Safe to call more than once. */
  stop: () => Promise<void>;
}

/** N threads add 1 to one shared counter M times each. Threads run in parallel on separate cores. */
export function startRace({ workers, increments, locked }: RaceOptions): RaceRun {
  const buffer = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * (PROGRESS + workers));
  const cells = new Int32Array(buffer);
  const threads: Worker[] = [];
  let stopped = false;

  const done = new Promise<RunResult>((resolve, reject) => {
    let ready = 0;
    let finished = 0;
    let started = 0;
    const fail = (error: unknown) => {
      void stop();
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    for (let index = 0; index < workers; index++) {
      const worker = new Worker(workerSource, { eval: true, workerData: { buffer, index, increments, locked } });
      threads.push(worker);
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (stopped) reject(new Error('stopped'));
        else if (code !== 0 && finished < workers) fail(new Error(`worker exited with code ${code}`));
      });
      worker.on('message', (message: string) => {
        if (message === 'ready' && ++ready === workers) {
          started = performance.now();
          Atomics.store(cells, GATE, 1);
          Atomics.notify(cells, GATE);
        } else if (message === 'done' && ++finished === workers) {
          resolve({ result: Atomics.load(cells, COUNTER), ms: performance.now() - started });
        }
      });
    }
  });
  // A caller that stops early may not await `done`; its rejection must not crash the process.
  done.catch(() => {});

  async function stop(): Promise<void> {
    if (stopped) return;
    stopped = true;
    await Promise.all(threads.map((thread) => thread.terminate()));
  }

  return {
    done,
    counter: () => Atomics.load(cells, COUNTER),
    progress: () => Array.from({ length: workers }, (_, index) => Atomics.load(cells, PROGRESS + index)),
    stop,
  };
}

/** Runs one race to the end and releases its threads. */
export async function runRace(options: RaceOptions): Promise<RunResult> {
  const run = startRace(options);
  try {
    return await run.done;
  } finally {
    await run.stop();
  }
}
