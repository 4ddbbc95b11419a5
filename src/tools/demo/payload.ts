import type { DemoFamily } from '../../core/socket-options.js';

/** What `netlearn demo` hands its screen: the family and port it was asked for. */
export interface DemoPayload {
  family?: DemoFamily;
  port?: number;
}
