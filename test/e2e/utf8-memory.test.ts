import { describe, expect, it } from 'vitest';
import { runMeasured } from '../helpers/serve-process.js';

const mib = 1024 * 1024;
/** One MiB of each kind of input the lab reads: mixed text, NULs, and bytes that are not UTF-8. */
const inputs: Record<string, Buffer> = {
  'mixed text': Buffer.from('ñandú 👩‍💻 a\u0301 '.repeat(60_000)).subarray(0, mib - 4),
  'NUL bytes': Buffer.alloc(mib),
  'invalid bytes': Buffer.from(Array.from({ length: mib }, (_, i) => (i % 2 ? 0x61 : 0xff))),
};

async function peakFor(input: Buffer, args: string[]) {
  const run = runMeasured(['utf8', ...args]);
  let stdout = '';
  run.child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk.slice(0, 1000)));
  run.child.stdin!.end(input);
  return { ...(await run.done), stdout };
}

describe('utf8 on 1 MiB of stdin keeps only the rows it shows', () => {
  for (const [name, input] of Object.entries(inputs)) {
    for (const args of [[], ['--json']]) {
      it(`${name}${args.length ? ' with --json' : ''}: answered in under 180 MiB`, async () => {
        // Before: 198-377 MiB (323-605 with --json): a row object for every character. Node alone is 58.
        const { code, peakMiB, stdout } = await peakFor(input, args);
        console.log(`utf8 ${args.join(' ')} on 1 MiB of ${name}: exit ${code}, peak ${peakMiB.toFixed(0)} MiB`);
        expect(code).toBe(0);
        expect(stdout).not.toBe('');
        expect(peakMiB).toBeLessThan(180);
      });
    }
  }
});
