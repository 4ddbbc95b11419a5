/**
 * Marks a stream whose errors a command handles itself. A registered symbol on the stream, not a
 * module's own set: each command is bundled in a file of its own (scripts/build.mjs), with its own
 * copy of this module, and the dispatcher's guard must still see the command's claim.
 */
const claimKey = Symbol.for('netlearn.stdoutErrorsClaimed');

type Claimable = object & { [claimKey]?: boolean };

/**
 * Says that this command handles its stdout's errors itself (serve keeps serving when its log's
 * reader leaves); the global guard (app/dispatch.ts) then neither exits nor prints. Returns the release.
 */
export function claimStdoutErrors(stream: object): () => void {
  (stream as Claimable)[claimKey] = true;
  return () => delete (stream as Claimable)[claimKey];
}

export function stdoutErrorsClaimed(stream: object): boolean {
  return (stream as Claimable)[claimKey] === true;
}
