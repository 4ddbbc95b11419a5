import { DemoServer, type DemoServerOptions } from '../../net/demo-server.js';
import { readEphemeralRange, type EphemeralRange } from '../../system/ephemeral-range.js';

/** The demo's real server and clients, and the OS's range of client ports. */
export interface DemoSources {
  createServer: (options: DemoServerOptions) => DemoServer;
  ephemeralRange: () => EphemeralRange;
}

const sources: DemoSources = {
  createServer: (options) => new DemoServer(options),
  ephemeralRange: () => readEphemeralRange(),
};
export default sources;
