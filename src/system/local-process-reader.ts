import { lookup } from 'node:dns/promises';
import { isThisMachine } from '../core/check/local-listener.js';
import type { ServerProcessSnapshot } from '../core/check/server-process.js';
import { interfaceAddresses } from './interfaces.js';
import { readServerProcess } from './listener-process.js';

/**
 * What /proc can tell of the server behind `host` on each port it is asked about: nothing when the
 * host is another machine (a student's laptop), so a program of the teacher's own on that port is
 * never taken for the student's; only the sockets serving the host's addresses when it is this one.
 */
export async function localProcessReader(host: string): Promise<(port: number) => ServerProcessSnapshot | undefined> {
  const found = await lookup(host, { all: true, verbatim: true }).catch(() => []);
  const own = interfaceAddresses().map((entry) => entry.address);
  const addresses = found.map((entry) => entry.address).filter((address) => isThisMachine(address, own));
  if (addresses.length === 0) return () => undefined;
  return (port) => readServerProcess(port, { addresses });
}
