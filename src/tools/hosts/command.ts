import { networkWalk, parseStep, rangeWalk, walkAddresses } from '../../core/address-walk.js';
import { formatAddress } from '../../core/ip-range.js';
import { writeLines } from '../../output/write-lines.js';
import type { CommandContext } from '../tool.js';
import type { HostsTool } from './entry.js';

/** `netlearn hosts <cidr> | <first> <last> [--step N] [--all]`: one address a line, or a JSON string a line. */
export default async function run({ args, flags, json, stdout }: CommandContext<HostsTool>): Promise<number> {
  const step = parseStep(flags.step);
  const walk =
    args.length === 2 ? rangeWalk(args[0]!, args[1]!, step) : networkWalk(args[0]!, Boolean(flags.all), step);
  await writeLines(
    stdout,
    (function* () {
      for (const value of walkAddresses(walk)) {
        const text = formatAddress(walk.family, value);
        yield json ? JSON.stringify({ address: text }) : text;
      }
    })(),
  );
  return 0;
}
