import type { CommandContext } from './command.js';

/** Placeholder until this command's issue lands: says so plainly and fails. */
export default function run({ stderr }: CommandContext): number {
  stderr.write('netlearn quiz: not available yet\n');
  return 1;
}
