/** The argv of a process from the text of /proc/PID/cmdline: NUL-separated, NUL-terminated. */
export function argvFromCmdline(text: string): string[] {
  const argv = text.split('\0');
  // The final NUL leaves one empty word; a process that rewrote its title may use spaces instead.
  if (argv.at(-1) === '') argv.pop();
  return argv;
}

/** How many threads the kernel counts for a process, from the `Threads:` line of /proc/PID/status. */
export function threadsFromStatus(text: string): number | undefined {
  const match = /^Threads:\s*(\d+)\s*$/m.exec(text);
  return match ? Number(match[1]) : undefined;
}
