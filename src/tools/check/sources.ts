import type { ServerCheckId } from '../../core/check/checks.js';
import type { CheckResult } from '../../core/check/result.js';
import { runServerChecks, type ServerCheckRequest, type ServerCheckRun } from '../../net/check-server.js';

/** The check's real sockets: fresh clients against the learner's server. */
export interface CheckSources {
  run: (
    request: ServerCheckRequest,
    events: { started?: (id: ServerCheckId) => void; finished?: (result: CheckResult) => void },
    stopped?: () => boolean,
  ) => Promise<ServerCheckRun>;
}

const sources: CheckSources = {
  run: (request, events, stopped) => runServerChecks(request, events, stopped),
};
export default sources;
