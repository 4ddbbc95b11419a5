import type { DemoFamily } from '../../core/socket-options.js';

/**
 * The port f switches the demo to: the same every time, so a learner's own client connects without
 * an edit. Beside the chat's 5050, so both can run at once.
 */
export const fixedDemoPort = 5051;

/** What `netlearn demo` hands its screen: the family and port it was asked for. */
export interface DemoPayload {
  family?: DemoFamily;
  port?: number;
}
