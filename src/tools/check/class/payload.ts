import type { ServerCheckId } from '../../../core/check/checks.js';

/** What the class screen opens with: the class, where its gradebook is, and how to sweep it. */
export interface ClassPayload {
  className?: string;
  dbPath?: string;
  /** Sweep at once (the command ran), rather than show the last results first. */
  autostart?: boolean;
  everyMs?: number;
  ids?: readonly ServerCheckId[];
  timeoutMs?: number;
  strict?: boolean;
  parallel?: number;
}
