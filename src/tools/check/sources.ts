import type { ServerCheckId } from '../../core/check/checks.js';
import type { CheckResult } from '../../core/check/result.js';
import { runClientChecks, type ClientCheckListener, type ClientCheckRequest } from '../../net/check-client-mode.js';
import { runServerChecks, type ServerCheckRequest, type ServerCheckRun } from '../../net/check-server.js';
import { localProcessReader } from '../../system/local-process-reader.js';
import { readProfileText } from '../../system/profile-file.js';

/** The check's real sockets: fresh clients against the learner's server. */
export interface CheckSources {
  run: (
    request: ServerCheckRequest,
    events: { started?: (id: ServerCheckId) => void; finished?: (result: CheckResult) => void },
    stopped?: () => boolean,
  ) => Promise<ServerCheckRun>;
  /** `--client`: listen and check the learner's client. */
  runClient: (request: ClientCheckRequest, listener: ClientCheckListener) => Promise<CheckResult[]>;
  /** `--profile`: the YAML text of a shipped profile (by name) or of a file. */
  readProfile: (given: string) => string;
}

const sources: CheckSources = {
  // /proc tells which process listens (and what it leaks), where there is a /proc and the server is here.
  run: async (request, events, stopped) =>
    runServerChecks(request, events, stopped, await localProcessReader(request.host)),
  readProfile: readProfileText,
  runClient: (request, listener) => runClientChecks(request, listener),
};
export default sources;
