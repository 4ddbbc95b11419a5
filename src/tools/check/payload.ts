import type { ServerCheckId } from '../../core/check/checks.js';
import type { CheckProfile } from '../../core/check/profile-model.js';

/** What the check screen opens with: the server to check and how (from the command's flags). */
export interface CheckPayload {
  host: string;
  port: number;
  ids: readonly ServerCheckId[];
  timeoutMs: number;
  strict: boolean;
  /** Start at once (the command ran), rather than let the learner edit host and port first. */
  autostart: boolean;
  /** How the learner's chat talks, when `--profile` said. */
  profile?: CheckProfile;
}
