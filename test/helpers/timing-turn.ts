import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/** One lock for the test files of this checkout (two checkouts on one machine wait for each other). */
const lock = join(tmpdir(), 'netlearn-timing-turn.lock');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock: waits while a living process holds it, takes over one a dead process left. */
async function take(): Promise<void> {
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      return;
    } catch {
      let holder = Number.NaN;
      try {
        holder = Number(readFileSync(join(lock, 'pid'), 'utf8'));
      } catch {
        // Made but not yet written: its maker is about to write it.
      }
      if (Number.isInteger(holder) && !alive(holder)) rmSync(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/**
 * For a test file whose verdicts depend on how fast real servers answer (check's judgement of
 * learner servers, a class sweep): it runs its tests only while no other such file runs, so the
 * other worker's sweep of thirty servers never makes a correct server look slow here.
 */
export function oneTimingFileAtATime(): void {
  let held = false;
  beforeAll(async () => {
    await take();
    held = true;
  }, 600_000);
  afterAll(() => {
    if (held) rmSync(lock, { recursive: true, force: true });
  });
}
