/** Streams whose errors a command handles itself, so the global stdout guard leaves them alone. */
const claimed = new WeakSet<object>();

/**
 * Says that this command handles its stdout's errors itself (serve keeps serving when its log's
 * reader leaves); the global guard (app/dispatch.ts) then neither exits nor prints. Returns the release.
 */
export function claimStdoutErrors(stream: object): () => void {
  claimed.add(stream);
  return () => claimed.delete(stream);
}

export function stdoutErrorsClaimed(stream: object): boolean {
  return claimed.has(stream);
}
