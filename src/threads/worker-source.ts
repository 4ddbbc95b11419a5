/**
 * The body of each racing thread, as source text: `new Worker(source, { eval: true })` runs it, so
 * it works the same from src/ and from the single esbuild bundle (no separate worker file to find).
 *
 * Shared cells (Int32): [0] the counter, [1] the lock (0 free, 1 taken), [2] the start gate,
 * [3 + i] how far worker i has got.
 */
export const workerSource = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const { buffer, index, increments, locked } = workerData;
const cells = new Int32Array(buffer);
const COUNTER = 0, LOCK = 1, GATE = 2, PROGRESS = 3 + index;

parentPort.postMessage('ready');
// Everyone starts at once, or the first thread could finish before the last one is born.
while (Atomics.load(cells, GATE) === 0) Atomics.wait(cells, GATE, 0);

function lock() {
  // Take the lock if it is free (0 -> 1); otherwise sleep until whoever holds it says it is free.
  while (Atomics.compareExchange(cells, LOCK, 0, 1) !== 0) Atomics.wait(cells, LOCK, 1);
}
function unlock() {
  Atomics.store(cells, LOCK, 0);
  Atomics.notify(cells, LOCK, 1);
}

for (let i = 1; i <= increments; i++) {
  if (locked) lock();
  // counter = counter + 1: read, add, write. Without the lock another thread can write in between.
  const seen = cells[COUNTER];
  cells[COUNTER] = seen + 1;
  if (locked) unlock();
  if ((i & 1023) === 0) Atomics.store(cells, PROGRESS, i);
}
Atomics.store(cells, PROGRESS, increments);
parentPort.postMessage('done');
`;
