import { DemoServer, type DemoServerOptions } from '../../net/demo-server.js';
import type { SocketEntry } from '../../core/sockets/proc-net-tcp.js';
import { readEphemeralRange, type EphemeralRange } from '../../system/ephemeral-range.js';
import { readProcSockets } from '../../system/tcp-sockets.js';

/** The demo's real server and clients, and the OS's range of client ports. */
export interface DemoSources {
  createServer: (options: DemoServerOptions) => DemoServer;
  ephemeralRange: () => EphemeralRange;
  /** This machine's TCP sockets, for the states panel; absent where the OS can't list them. */
  tcpSockets?: () => SocketEntry[];
}

const sources: DemoSources = {
  createServer: (options) => new DemoServer(options),
  ephemeralRange: () => readEphemeralRange(),
  tcpSockets: process.platform === 'linux' ? readProcSockets : undefined,
};
export default sources;
