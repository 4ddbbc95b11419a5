import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LocalNetwork } from '../../../core/class/scan.js';
import { runServerChecks } from '../../../net/check-server.js';
import { reachable } from '../../../net/check-run.js';
import { sweepServers, type SweepEvents, type SweepPlan, type SweepTarget } from '../../../net/class-sweep.js';
import { Gradebook } from '../../../store/gradebook.js';
import { gradebookPath } from '../../../store/gradebook-path.js';
import { interfaceAddresses } from '../../../system/interfaces.js';
import { localProcessReader } from '../../../system/local-process-reader.js';
import { readProfileText } from '../../../system/profile-file.js';
import { readSmallText } from '../../../system/text-file.js';

/** A roster of a thousand students fits in far less; a bigger file is the wrong file. */
const rosterMaxBytes = 1 << 20;

/** What the class tool touches: the gradebook file, the roster, this machine's networks, real checks. */
export interface ClassSources {
  /** `--db`, else gradebook.sqlite in the user's data folder. */
  gradebookPath: (given?: string) => string;
  openGradebook: (path: string) => Gradebook;
  /** The roster's text, at most 1 MiB; throws the OS's error (its `code`) when unreadable. */
  readRoster: (path: string) => { text: string; tooLarge: boolean };
  readProfile: (given: string) => string;
  localNetworks: () => LocalNetwork[];
  /** Whether something accepts a connection there within the time (a scan). */
  answers: (host: string, port: number, timeoutMs: number) => Promise<boolean>;
  /** `check` on every student's server, a bounded number at a time (net/class-sweep.ts). */
  sweep: (
    targets: readonly SweepTarget[],
    plan: SweepPlan,
    events: SweepEvents,
    stopped: () => boolean,
  ) => Promise<void>;
  writeFeedback: (dir: string, file: string, text: string) => void;
  now: () => Date;
}

const sources: ClassSources = {
  gradebookPath,
  openGradebook: (path) => Gradebook.open(path),
  readRoster: (path) => readSmallText(path, rosterMaxBytes),
  readProfile: readProfileText,
  localNetworks: () => interfaceAddresses().map(({ address, netmask }) => ({ address, netmask })),
  answers: async (host, port, timeoutMs) => (await reachable(host, port, timeoutMs)) === undefined,
  sweep: (targets, plan, events, stopped) =>
    sweepServers(
      targets,
      plan,
      async (request, over) => runServerChecks(request, {}, over, await localProcessReader(request.host)),
      events,
      stopped,
    ),
  writeFeedback: (dir, file, text) => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, file), text);
  },
  now: () => new Date(),
};
export default sources;
