// Loaded with `node --import` in front of the built CLI: at exit, writes the process's peak resident
// memory (VmHWM, in KiB) to the file named by NETLEARN_PEAK_FILE, so tests can bound it.
import { readFileSync, writeFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.NETLEARN_PEAK_FILE;
  if (!file) return;
  const kib = /VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? '';
  writeFileSync(file, kib);
});
