import type { Rendered } from './render.js';

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A screen still on its way: loading its code, blank, or a body of one line that ends in "…"
 * ("Opening listeners…", "Starting the chat server…") while it waits for the machine.
 */
function transient(frame: string): boolean {
  const body = frame
    .split('\n')
    .slice(1, -3)
    .filter((row) => row.trim() !== '');
  return /Loading…|Cargando…|^\s*$/.test(frame) || (body.length === 1 && body[0]!.trimEnd().endsWith('…'));
}

/** The frame once it has stopped changing for a while (screens load code and sources lazily). */
export async function settled(rendered: Rendered, quietMs = 250, maxMs = 8000): Promise<string> {
  const deadline = Date.now() + maxMs;
  let last = rendered.lastFrame() ?? '';
  let since = Date.now();
  while (Date.now() < deadline) {
    await pause(40);
    const now = rendered.lastFrame() ?? '';
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs && !transient(now)) return now;
  }
  return last;
}
