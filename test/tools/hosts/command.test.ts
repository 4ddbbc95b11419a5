import { describe, expect, it } from 'vitest';
import { firstLineThenClose, jsonLines, runCli } from '../../helpers/cli.js';

describe('netlearn hosts', () => {
  it('lists the six hosts of a /29, one a line', async () => {
    const { code, stdout } = await runCli(['hosts', '192.168.1.0/29']);
    expect(code).toBe(0);
    expect(stdout).toBe('192.168.1.1\n192.168.1.2\n192.168.1.3\n192.168.1.4\n192.168.1.5\n192.168.1.6\n');
  });

  it('--all adds the network and broadcast addresses; --step keeps every Nth', async () => {
    expect((await runCli(['hosts', '10.0.0.0/30', '--all'])).stdout).toBe('10.0.0.0\n10.0.0.1\n10.0.0.2\n10.0.0.3\n');
    expect((await runCli(['hosts', '10.0.0.0/29', '--step', '2'])).stdout).toBe('10.0.0.1\n10.0.0.3\n10.0.0.5\n');
  });

  it('FIRST LAST lists every address between them; --json is one object a line', async () => {
    const { stdout } = await runCli(['hosts', '2001:db8::fe', '2001:db8::101', '--json']);
    expect(jsonLines(stdout)).toEqual([
      { address: '2001:db8::fe' },
      { address: '2001:db8::ff' },
      { address: '2001:db8::100' },
      { address: '2001:db8::101' },
    ]);
  });

  it('ends at once when the reader closes after the first of 2^64 addresses', async () => {
    const { first, code } = await firstLineThenClose(['hosts', '2001:db8::/64'], 10_000);
    expect([first, code]).toEqual(['2001:db8::1', 0]);
  });

  it.each([
    [['10.0.0.0/8', '--step', '0'], '--step "0" is not a step'],
    [['10.0.0.9', '10.0.0.1'], "the range's first address, 10.0.0.9, is after its last"],
    [['10.0.0.0/33'], 'the prefix 33 is over 32'],
  ])('rejects %j with exit 2, naming the part', async (args, message) => {
    const { code, stderr } = await runCli(['hosts', ...args]);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});
