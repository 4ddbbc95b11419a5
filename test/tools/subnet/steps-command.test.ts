import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/app/dispatch.js';
import { jsonLines, runCli } from '../../helpers/cli.js';
import { fakeIo } from '../../helpers/fake-io.js';

describe('netlearn subnet --supernet, --exclude, --next', () => {
  it('--supernet /22 shows the supernet, the bits dropped and how many networks it holds', async () => {
    const { code, stdout } = await runCli(['subnet', '192.168.1.10/24', '--supernet', '/22']);
    expect(code).toBe(0);
    expect(stdout).toContain('192.168.1.0/24 sits inside 192.168.0.0/22');
    expect(stdout).toContain('  11000000.10101000.000000|01|.00000000');
    expect(stdout).toContain('last       192.168.3.255');
    expect(stdout).toContain('192.168.0.0/22 holds 4 networks of /24, this one among them.');
  });

  it('"subnet A/24 /22", as Perl ipcalc users type it, is answered as a supernet and says the command', async () => {
    const { code, stdout, stderr } = await runCli(['subnet', '192.168.1.10/24', '/22', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      input: '192.168.1.10/24',
      network: '192.168.1.0/24',
      supernet: '192.168.0.0/22',
      prefix: 22,
      droppedBits: '01',
      family: 'IPv4',
      first: '192.168.0.0',
      last: '192.168.3.255',
      addresses: 1024,
      networks: 4,
    });
    expect(stderr).toBe('Read as a supernet, the same as: netlearn subnet 192.168.1.10/24 --supernet /22\n');
  });

  it('"subnet A/24 /26" says exactly what to type to split it, exit 2', async () => {
    const { code, stderr } = await runCli(['subnet', '10.0.0.0/24', '/26']);
    expect(code).toBe(2);
    expect(stderr).toContain(
      'To split the network into smaller subnets, type: netlearn subnet 10.0.0.0/24 --split /26',
    );
  });

  it('--supernet alone is one bit shorter, in IPv6 too', async () => {
    const { stdout } = await runCli(['subnet', '2001:db8::/48', '--supernet', '--json']);
    expect(JSON.parse(stdout)).toMatchObject({ supernet: '2001:db8::/47', droppedBits: '0', networks: '2' });
  });

  it('--exclude leaves the fewest blocks, one CIDR a line when piped', async () => {
    const { code, stdout } = await runCli(['subnet', '192.168.0.0/24', '--exclude', '192.168.0.64/26']);
    expect(code).toBe(0);
    expect(stdout).toBe('192.168.0.128/25\n192.168.0.0/26\n');
  });

  it('--exclude with --json is one record a block, and a block outside exits 2 naming it', async () => {
    const { stdout } = await runCli(['subnet', '2001:db8::/32', '--exclude', '2001:db8::/33', '--json']);
    expect(jsonLines(stdout)).toEqual([
      {
        cidr: '2001:db8:8000::/33',
        family: 'IPv6',
        first: '2001:db8:8000::',
        last: '2001:db8:ffff:ffff:ffff:ffff:ffff:ffff',
        addresses: '39614081257132168796771975168',
      },
    ]);
    const outside = await runCli(['subnet', '10.0.0.0/8', '--exclude', '11.0.0.0/24', '--lang', 'es']);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('--exclude 11.0.0.0/24 no está dentro de 10.0.0.0/8');
  });

  it('--next 3 lists the three blocks of the same size after this one', async () => {
    const { stdout } = await runCli(['subnet', '10.0.0.0/24', '--next', '3']);
    expect(stdout).toBe('10.0.1.0/24\n10.0.2.0/24\n10.0.3.0/24\n');
  });

  it('--next past the end of the address space lists what there is and says so', async () => {
    const { code, stdout, stderr } = await runCli(['subnet', '255.255.254.0/24', '--next', '4']);
    expect(code).toBe(0);
    expect(stdout).toBe('255.255.255.0/24\n');
    expect(stderr).toContain('the IPv4 address space ends after 1 of the 4 blocks asked for');
  });

  it.each([
    [['10.0.0.0/8', '--next', '0'], '--next "0" is not a count'],
    [['10.0.0.0/24', '--supernet', '/26'], "--supernet /26: a supernet's prefix is shorter than the network's own /24"],
    [['10.0.0.0/8', '--next', '2', '--exclude', '10.0.0.0/9'], "--exclude --next can't go together"],
  ])('rejects %j with exit 2, naming the part', async (args, message) => {
    const { code, stderr } = await runCli(['subnet', ...args]);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});

describe('netlearn subnet: totals', () => {
  it('a split on a terminal ends with the total of subnets, hosts and addresses', async () => {
    const io = fakeIo({ tty: true });
    await dispatch(['subnet', '192.168.0.0/24', '--split', '4', '--no-color'], io);
    expect(io.out()).toMatch(/192\.168\.0\.192\/26 .*\nTotal: 4 subnets of \/26, 248 usable hosts, 256 addresses\n$/);
  });

  it('an IPv6 split with --json ends with a total record, counts as strings', async () => {
    const { stdout } = await runCli(['subnet', '2001:db8::/32', '--split', '/34', '--json']);
    expect(jsonLines(stdout).at(-1)).toEqual({
      type: 'total',
      count: '4',
      prefix: 34,
      addresses: '79228162514264337593543950336',
    });
  });

  it('a VLSM plan says its total before the note', async () => {
    const { stdout } = await runCli(['subnet', '192.168.0.0/24', '--hosts', '100,50,20', '--lang', 'es']);
    expect(stdout).toContain(
      'Total: 3 subredes, 170 hosts pedidos, 218 utilizables, 224 direcciones usadas, 32 sin usar\n',
    );
  });
});

describe('netlearn subnet --random-private and --random-ula', () => {
  it('the same --seed and --for give the same network, another name another one', async () => {
    const args = ['subnet', '--random-private', '/24', '--seed', 'lab3', '--json'];
    const ana = JSON.parse((await runCli([...args, '--for', 'ana'])).stdout);
    const again = JSON.parse((await runCli([...args, '--for', 'ana'])).stdout);
    expect(again).toEqual(ana);
    expect(ana).toMatchObject({ family: 'IPv4', addresses: 256, seed: 'lab3', for: 'ana' });
    const names = ['beto', 'carla', 'dani'];
    const others = await Promise.all(names.map((name) => runCli([...args, '--for', name])));
    expect(others.some(({ stdout }) => JSON.parse(stdout).cidr !== ana.cidr)).toBe(true);
  });

  it('without --seed the seed comes from the sources and is printed, to get the network again', async () => {
    const io = fakeIo();
    const code = await dispatch(['subnet', '--random-ula', '/48'], {
      ...io,
      sources: { subnet: { interfaces: () => [], randomSeed: () => '424242' } },
    });
    expect(code).toBe(0);
    expect(io.out()).toMatch(/^fd[0-9a-f]{2}:[0-9a-f]{1,4}:[0-9a-f]{1,4}::\/48\n/);
    expect(io.out()).toContain('to get it again, add --seed 424242.');
  });

  it('--for without --seed, --seed without --random-*, and a size no lab can use, exit 2', async () => {
    const noSeed = await runCli(['subnet', '--random-private', '/24', '--for', 'ana']);
    expect([noSeed.code, noSeed.stderr]).toEqual([2, expect.stringContaining('--for needs --seed too')]);
    const seedAlone = await runCli(['subnet', '10.0.0.0/8', '--seed', 'lab3']);
    expect([seedAlone.code, seedAlone.stderr]).toEqual([2, expect.stringContaining('--seed picks a lab network')]);
    const tooBig = await runCli(['subnet', '--random-ula', '/40']);
    expect([tooBig.code, tooBig.stderr]).toEqual([2, expect.stringContaining('write a prefix from /48 to /64')]);
  });
});
