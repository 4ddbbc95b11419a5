import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';

describe('netlearn host', () => {
  it("prints the documented JSON with this machine's hostname", async () => {
    const { code, stdout } = await runCli(['host', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.hostname).toBe(hostname());
    expect(json.localhost).toContain('127.0.0.1');
    const loopback = json.interfaces.find((entry: { address: string }) => entry.address === '127.0.0.1');
    expect(loopback).toMatchObject({
      family: 'IPv4',
      netmask: '255.0.0.0',
      cidr: '127.0.0.1/8',
      network: '127.0.0.0',
      internal: true,
    });
    for (const entry of json.interfaces)
      expect(Object.keys(entry)).toEqual(['name', 'family', 'address', 'netmask', 'cidr', 'network', 'internal']);
  });

  it('says where the answer for localhost came from: the hosts file, quoting its line', async () => {
    const { readFileSync } = await import('node:fs');
    const listed = readFileSync('/etc/hosts', 'utf8')
      .split('\n')
      .some((line) => /^\s*127\.0\.0\.1\s.*\blocalhost\b/.test(line.replace(/#.*/, '')));
    const { stdout } = await runCli(['host']);
    const json = JSON.parse((await runCli(['host', '--json'])).stdout);
    expect(json.hostsFile).toMatchObject({ path: '/etc/hosts', readable: true });
    if (listed && json.localhost.every((address: string) => address === '127.0.0.1')) {
      expect(json.hostsFile.answered).toBe(true);
      expect(stdout).toMatch(/from the hosts file \/etc\/hosts, line \d+ "127\.0\.0\.1 localhost[^"]*", not from DNS/);
    }
  });

  it('shows a table of interfaces in Spanish with --lang es', async () => {
    const { code, stdout } = await runCli(['host', '--lang', 'es']);
    expect(code).toBe(0);
    expect(stdout).toContain(`Nombre     ${hostname()}`);
    expect(stdout).toMatch(/127\.0\.0\.1\/8 +127\.0\.0\.0 +interna/);
  });

  it('exits 2 when given an operand it does not take', async () => {
    const { code, stderr } = await runCli(['host', 'extra']);
    expect(code).toBe(2);
    expect(stderr).toContain('extra');
  });
});
