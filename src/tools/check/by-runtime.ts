/** The fix in the words of the server's language, when /proc could tell it (Python when not). */
export function byRuntime(runtime: unknown, python: string, node: string, other: string): string {
  return runtime === 'node' ? node : runtime === 'native' ? other : python;
}
