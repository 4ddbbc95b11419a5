import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { probeFamilies } from '../../src/net/families.js';

describe('probeFamilies', () => {
  it('connects over IPv4 and sees the client port the client itself reports', async () => {
    const { probes } = await probeFamilies();
    const inet = probes.find((probe) => probe.family === 'inet')!;
    expect(inet.status).toBe('ok');
    expect(inet.listening!.address).toBe('127.0.0.1');
    expect(inet.peer).toEqual(inet.clientLocal);
  });

  it('connects over ::1, or says why IPv6 is unavailable', async () => {
    const inet6 = (await probeFamilies()).probes.find((probe) => probe.family === 'inet6')!;
    if (inet6.status === 'ok') expect(inet6.peer).toEqual({ address: '::1', port: inet6.clientLocal!.port });
    else expect(inet6).toMatchObject({ status: 'skipped', code: expect.stringMatching(/^E/) });
  });

  it.runIf(process.platform !== 'win32')('uses a Unix socket in a temp folder that is gone afterwards', async () => {
    const { probes, tempDirRemoved } = await probeFamilies();
    const unix = probes.find((probe) => probe.family === 'unix')!;
    expect(unix.status).toBe('ok');
    expect(unix.listening!.address).toMatch(/netlearn-families-.*\/families\.sock$/);
    expect(unix.peer).toEqual({ address: '' });
    expect(tempDirRemoved).toBe(true);
    expect(existsSync(dirname(unix.listening!.address))).toBe(false);
  });
});
