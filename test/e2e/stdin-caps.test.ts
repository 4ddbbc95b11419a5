import { describe, expect, it } from 'vitest';
import { pump, runMeasured } from '../helpers/serve-process.js';

const megabytes = 150;
const noNewline = Buffer.alloc(1024 * 1024, 'x');

/** Pipes `megabytes` MB of one endless line (then `tail`) into the built CLI; its exit, stderr, stdout and peak. */
async function feedGiantLine(args: string[], tail = '') {
  const run = runMeasured(args);
  let stdout = '';
  run.child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  await pump(run.child.stdin!, noNewline, megabytes * 1024 * 1024);
  run.child.stdin!.end(tail);
  return { ...(await run.done), stdout };
}

describe('one capped line reader for every command that reads stdin', () => {
  for (const args of [['ip', '-'], ['subnet', '-'], ['aggregate']]) {
    it(`${args.join(' ')}: a ${megabytes} MB line is refused past 64 KiB with exit 2, in bounded memory`, async () => {
      // Before: read whole into one string (RangeError and a stack trace at 600 MB).
      const { code, stderr, peakMiB } = await feedGiantLine(args);
      console.log(`${args.join(' ')}, ${megabytes} MB line: exit ${code}, peak ${peakMiB.toFixed(0)} MiB`);
      expect(stderr).toContain('line 1 of the input is longer than 64 KiB');
      expect(stderr.length).toBeLessThan(1000);
      expect(code).toBe(2);
      expect(peakMiB).toBeLessThan(120);
    });
  }

  it(`explain: a ${megabytes} MB line is cut and the errors after it are still explained, in bounded memory`, async () => {
    const { code, stdout, peakMiB } = await feedGiantLine(['explain'], '\nConnectionRefusedError: [Errno 111]\n');
    console.log(`explain, ${megabytes} MB line: exit ${code}, peak ${peakMiB.toFixed(0)} MiB`);
    expect(stdout).toContain('ECONNREFUSED');
    expect(code).toBe(0);
    expect(peakMiB).toBeLessThan(120);
  });
});
