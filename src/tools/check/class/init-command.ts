import { parseProfile } from '../../../core/check/profile.js';
import { parseRoster, type RosterEntry } from '../../../core/class/roster.js';
import { scanAddresses } from '../../../core/class/scan.js';
import { defaultChat } from '../../../core/default-chat.js';
import { InputError } from '../../../core/input-error.js';
import { parsePortOption } from '../../../core/socket-options.js';
import type { CommandContext } from '../../tool.js';
import type { ClassTool } from './entry.js';
import { withGradebook } from './gradebook-use.js';

/** A scan waits this long for each address: on a LAN a server answers in a millisecond or two. */
const scanTimeoutMs = 400;
/** Addresses tried at once: a /24 scans in under two seconds without flooding the room. */
const scanParallel = 64;

/** The servers that accept a connection at `port` among the addresses, in address order. */
async function scan(ctx: CommandContext<ClassTool>, cidr: string, port: number): Promise<RosterEntry[] | undefined> {
  const { sources, words } = ctx;
  const addresses = scanAddresses(cidr, sources.localNetworks());
  if (!ctx.json) ctx.stderr.write(words.plain.scanning({ cidr, count: addresses.length, port }) + '\n');
  const answered: boolean[] = new Array<boolean>(addresses.length).fill(false);
  let next = 0;
  const worker = async () => {
    while (next < addresses.length) {
      const index = next++;
      answered[index] = await sources.answers(addresses[index]!, port, scanTimeoutMs);
    }
  };
  await Promise.all(Array.from({ length: Math.min(scanParallel, addresses.length) }, worker));
  const found = addresses.filter((_, index) => answered[index]);
  if (found.length === 0) {
    ctx.stderr.write(`${ctx.t.cli.prefix} ${words.errors.noneFound({ cidr, port })}\n`);
    return undefined;
  }
  return found.map((host) => ({ studentId: host, name: host, host, port }));
}

/** The roster file's students, or undefined (said on stderr) when the file cannot be read. */
function fromRoster(ctx: CommandContext<ClassTool>, path: string, port: number): RosterEntry[] | undefined {
  let read: { text: string; tooLarge: boolean };
  try {
    read = ctx.sources.readRoster(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    ctx.stderr.write(`${ctx.t.cli.prefix} ${ctx.words.errors.rosterUnreadable({ path, code })}\n`);
    return undefined;
  }
  if (read.tooLarge) throw new InputError('roster-too-large', { part: path, max: '1 MiB' });
  return parseRoster(read.text, port);
}

/** `netlearn class init NAME --roster FILE | --scan CIDR [--port P] [--profile P]`. */
export default async function init(ctx: CommandContext<ClassTool>, name: string): Promise<number> {
  const { flags, sources, words } = ctx;
  const port = flags.port === undefined ? defaultChat.port : parsePortOption(flags.port, '--port');
  if ((flags.roster === undefined) === (flags.scan === undefined)) throw new InputError('class-roster-or-scan');
  const profile = flags.profile === undefined ? null : sources.readProfile(flags.profile);
  if (profile !== null) parseProfile(profile);
  const students =
    flags.roster !== undefined ? fromRoster(ctx, flags.roster, port) : await scan(ctx, flags.scan!, port);
  if (!students) return 1;
  return withGradebook(ctx, (book) => {
    book.createClass({ name, port, profile }, students, sources.now());
    if (ctx.json) ctx.stdout.write(JSON.stringify({ type: 'class', name, port, students: students.length }) + '\n');
    else {
      if (flags.scan !== undefined) ctx.stdout.write(words.plain.found({ count: students.length }) + '\n');
      ctx.stdout.write(words.plain.created({ name, count: students.length }) + '\n');
    }
    return 0;
  });
}
