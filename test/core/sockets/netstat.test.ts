import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMacNetstat, parseWindowsNetstat } from '../../../src/core/sockets/netstat.js';
import type { SocketEntry } from '../../../src/core/sockets/proc-net-tcp.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/netstat/${name}`, import.meta.url), 'utf8');
const brief = (entries: SocketEntry[]) =>
  entries.map(
    (e) =>
      `${e.family} ${e.state} ${e.local.address}:${e.local.port} ${e.remote.address}:${e.remote.port} ` +
      `s${e.sendQ} r${e.recvQ} pid ${e.pid}${e.process ? ` ${e.process}` : ''}`,
  );

describe('macOS netstat -anv -p tcp', () => {
  it('parses every row of macOS 12 output exactly, ports after the last dot', () => {
    expect(brief(parseMacNetstat(fixture('macos-12-anv.txt')))).toEqual([
      'IPv4 ESTABLISHED 127.0.0.1:5050 127.0.0.1:52144 s0 r0 pid 4242',
      'IPv4 ESTABLISHED 127.0.0.1:52144 127.0.0.1:5050 s0 r0 pid 4250',
      'IPv4 CLOSE_WAIT 127.0.0.1:5050 127.0.0.1:52150 s0 r5 pid 4242',
      'IPv4 FIN_WAIT2 127.0.0.1:52150 127.0.0.1:5050 s0 r0 pid 4251',
      'IPv4 TIME_WAIT 127.0.0.1:5050 127.0.0.1:52139 s0 r0 pid 4242',
      'IPv4 LISTEN 127.0.0.1:5050 0.0.0.0:0 s0 r0 pid 4242',
      'IPv6 LISTEN ::1:5051 :::0 s0 r0 pid 4242',
      'IPv6 LISTEN :::5052 :::0 s0 r0 pid 4300',
      'IPv6 ESTABLISHED fe80::1%lo0:5053 fe80::1%lo0:60001 s12 r0 pid 4300',
      'IPv4 SYN_SENT 192.168.1.34:60002 192.168.1.10:5050 s1 r0 pid 4251',
    ]);
  });

  it('reads the process:pid column of macOS 13 and later', () => {
    expect(brief(parseMacNetstat(fixture('macos-14-anv.txt')))).toEqual([
      'IPv4 ESTABLISHED 127.0.0.1:5050 127.0.0.1:52144 s0 r0 pid 4242 Python',
      'IPv4 ESTABLISHED 127.0.0.1:52144 127.0.0.1:5050 s0 r0 pid 4250 nc',
      'IPv4 LISTEN 127.0.0.1:5050 0.0.0.0:0 s0 r0 pid 4242 Python',
      'IPv4 TIME_WAIT 127.0.0.1:5050 127.0.0.1:52139 s0 r0 pid null',
    ]);
  });
});

describe('Windows netstat -ano', () => {
  it('parses the TCP rows exactly and skips UDP', () => {
    expect(brief(parseWindowsNetstat(fixture('windows-ano.txt')))).toEqual([
      'IPv4 LISTEN 0.0.0.0:135 0.0.0.0:0 s0 r0 pid 1020',
      'IPv4 LISTEN 127.0.0.1:5050 0.0.0.0:0 s0 r0 pid 4242',
      'IPv4 ESTABLISHED 127.0.0.1:5050 127.0.0.1:50123 s0 r0 pid 4242',
      'IPv4 ESTABLISHED 127.0.0.1:50123 127.0.0.1:5050 s0 r0 pid 5151',
      'IPv4 TIME_WAIT 127.0.0.1:5050 127.0.0.1:50124 s0 r0 pid null',
      'IPv4 CLOSE_WAIT 127.0.0.1:5050 127.0.0.1:50125 s0 r0 pid 4242',
      'IPv4 FIN_WAIT2 127.0.0.1:50125 127.0.0.1:5050 s0 r0 pid 5151',
      'IPv4 SYN_SENT 192.168.1.34:50130 192.168.1.10:5050 s0 r0 pid 5151',
      'IPv6 LISTEN :::135 :::0 s0 r0 pid 1020',
      'IPv6 LISTEN ::1:5051 :::0 s0 r0 pid 4242',
      'IPv6 LISTEN fe80::1c2d:3e4f:5a6b:7c8d%7:5052 :::0 s0 r0 pid 4',
    ]);
  });

  it('understands the states a Spanish Windows translates', () => {
    expect(brief(parseWindowsNetstat(fixture('windows-es-ano.txt')))).toEqual([
      'IPv4 LISTEN 127.0.0.1:5050 0.0.0.0:0 s0 r0 pid 4242',
      'IPv4 ESTABLISHED 127.0.0.1:5050 127.0.0.1:50123 s0 r0 pid 4242',
      'IPv4 ESTABLISHED 127.0.0.1:50123 127.0.0.1:5050 s0 r0 pid 5151',
      'IPv4 TIME_WAIT 127.0.0.1:5050 127.0.0.1:50124 s0 r0 pid null',
    ]);
  });
});
