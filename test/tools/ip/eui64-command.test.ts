import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/app/dispatch.js';
import type { NameAnswer } from '../../../src/core/name-answer.js';
import { runCli } from '../../helpers/cli.js';
import { fakeIo } from '../../helpers/fake-io.js';

/** A resolver that knows one name, answered from a hosts file at line 3. */
const resolve = async (name: string): Promise<NameAnswer> =>
  name === 'lab-server'
    ? {
        name,
        addresses: ['10.1.2.3', 'fd00::3'],
        hostsFile: { path: '/etc/hosts', entries: [{ line: 3, address: '10.1.2.3', names: ['lab-server'] }] },
      }
    : { name, addresses: [], hostsFile: { path: '/etc/hosts', entries: [] }, error: 'ENOTFOUND' };

describe('netlearn ip: interface ids, networks and names', () => {
  it('fe80::223:aeff:fea4:8ca9 shows the MAC 00:23:ae:a4:8c:a9 and says the U/L bit was flipped', async () => {
    const { code, stdout } = await runCli(['ip', 'fe80::223:aeff:fea4:8ca9']);
    expect(code).toBe(0);
    expect(stdout).toContain('MAC (EUI-64)    00:23:ae:a4:8c:a9: ff:fe in the middle says the id was built from it\n');
    expect(stdout).toContain('The U/L bit was flipped: first byte 02 in the address, 00 in the MAC\n');
    expect(stdout).toContain('solicited-node  ff02::1:ffa4:8ca9\n');
  });

  it('a MAC goes the other way: its interface id and link-local address, the bit before and after', async () => {
    const { code, stdout } = await runCli(['ip', '00-23-AE-A4-8C-A9', '--no-color']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^MAC byte 1 +0 {2}0 {2}0 {2}0 {2}0 {2}0 \[0\] 0 {3}= 00 {3}U\/L bit 0: universal/m);
    expect(stdout).toMatch(/^id byte 1 +0 {2}0 {2}0 {2}0 {2}0 {2}0 \[1\] 0 {3}= 02$/m);
    expect(stdout).toContain('link-local      fe80::223:aeff:fea4:8ca9\n');
  });

  it('--json carries the MAC, the Teredo server and port, and the solicited-node group', async () => {
    const eui = JSON.parse((await runCli(['ip', 'fe80::223:aeff:fea4:8ca9', '--json'])).stdout);
    expect([eui.eui64Mac, eui.solicitedNode, eui.teredoServer]).toEqual([
      '00:23:ae:a4:8c:a9',
      'ff02::1:ffa4:8ca9',
      null,
    ]);
    const teredo = JSON.parse((await runCli(['ip', '2001:0:4136:e378:8000:63bf:3fff:fdd2', '--json'])).stdout);
    expect([teredo.teredoServer, teredo.teredoPort, teredo.embeddedIPv4]).toEqual([
      '65.54.227.120',
      40000,
      '192.0.2.45',
    ]);
  });

  it('a network given to ip says it is one and shows the subnet command, exit 2', async () => {
    const v4 = await runCli(['ip', '10.0.0.0/8']);
    expect([v4.code, v4.stderr]).toEqual([
      2,
      'netlearn: error: 10.0.0.0/8 is a network, not one address: netlearn subnet 10.0.0.0/8 shows its range and size; netlearn ip 10.0.0.0 shows its first address bit by bit.\n',
    ]);
    const v6 = await runCli(['ip', '2001:db8::/48']);
    expect(v6.stderr).toContain('netlearn subnet 2001:db8::/48 shows its range and size');
  });

  it('a host name is resolved through the sources: the address chosen and the hosts file line', async () => {
    const io = fakeIo();
    expect(await dispatch(['ip', 'lab-server'], { ...io, sources: { ip: { resolve } } })).toBe(0);
    expect(io.out()).toMatch(
      /^lab-server is a name: the system resolver gave 10\.1\.2\.3 \(then fd00::3\)\.\nThe answer comes from \/etc\/hosts, line 3\.\n\n10\.1\.2\.3\n/,
    );
  });

  it('a name that does not resolve exits 2 saying why', async () => {
    const io = fakeIo();
    expect(await dispatch(['ip', 'no-such-host', '--lang', 'es'], { ...io, sources: { ip: { resolve } } })).toBe(2);
    expect(io.err()).toContain(
      '"no-such-host" no es una dirección ni un nombre que esta máquina pueda resolver (ENOTFOUND)',
    );
  });

  it('subnet resolves a name too, saying so on stderr and keeping stdout for the answer', async () => {
    const io = fakeIo();
    const sources = { subnet: { interfaces: () => [], randomSeed: () => '1', resolve } };
    expect(await dispatch(['subnet', 'lab-server/24', '--json'], { ...io, sources })).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ input: '10.1.2.3/24', network: '10.1.2.0' });
    expect(io.err()).toContain('lab-server is a name: the system resolver gave 10.1.2.3');
    const v6 = fakeIo();
    await dispatch(['subnet', 'lab-server/64', '--json'], { ...v6, sources });
    expect(JSON.parse(v6.out())).toMatchObject({ network: 'fd00::' });
  });
});
