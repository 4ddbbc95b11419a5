import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHextets } from '../../../src/core/ipv6.js';
import { parseProcNetTcp, procAddress } from '../../../src/core/sockets/proc-net-tcp.js';
import { inferRoles } from '../../../src/core/sockets/socket-model.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/proc/${name}`, import.meta.url), 'utf8');
const linuxRange = { start: 32_768, end: 60_999 };
const brief = (text: string) =>
  inferRoles(parseProcNetTcp(text), linuxRange).map(
    (row) =>
      `${row.state} ${row.role} ${row.local.address}:${row.local.port} ${row.remote.address}:${row.remote.port} ` +
      `s${row.sendQ} r${row.recvQ} i${row.inode}`,
  );

describe('a recorded /proc/net/tcp', () => {
  it('gives every socket with its state, role, ends, queues and inode', () => {
    expect(brief(fixture('tcp.txt'))).toEqual([
      'LISTEN listener 127.0.0.1:5050 0.0.0.0:0 s0 r0 i264039',
      'LISTEN listener 0.0.0.0:2024 0.0.0.0:0 s0 r0 i1545',
      'TIME_WAIT server 127.0.0.1:5050 127.0.0.1:36538 s0 r0 i0',
      'TIME_WAIT unknown 127.0.0.1:42011 127.0.0.1:51048 s0 r0 i0',
      'TIME_WAIT unknown 127.0.0.1:38396 127.0.0.1:46455 s0 r0 i0',
      'TIME_WAIT unknown 127.0.0.1:60794 127.0.0.1:44865 s0 r0 i0',
      'TIME_WAIT unknown 127.0.0.1:40817 127.0.0.1:37916 s0 r0 i0',
      'ESTABLISHED client 127.0.0.1:53110 127.0.0.1:5051 s0 r0 i264047',
      'TIME_WAIT unknown 127.0.0.1:58664 127.0.0.1:46123 s0 r0 i0',
      'CLOSE_WAIT server 127.0.0.1:5050 127.0.0.1:36522 s0 r1 i264043',
      'ESTABLISHED server 127.0.0.1:5050 127.0.0.1:36512 s0 r4 i264041',
      'ESTABLISHED client 127.0.0.1:36512 127.0.0.1:5050 s0 r0 i264040',
      'FIN_WAIT2 client 127.0.0.1:36522 127.0.0.1:5050 s0 r0 i0',
      'TIME_WAIT unknown 127.0.0.1:42273 127.0.0.1:43106 s0 r0 i0',
    ]);
  });

  it('reads tcp6 with the IPv4-mapped client of a dual-stack listener', () => {
    expect(brief(fixture('tcp6.txt'))).toEqual([
      'LISTEN listener :::5051 :::0 s0 r0 i264046',
      'ESTABLISHED server ::ffff:127.0.0.1:5051 ::ffff:127.0.0.1:53110 s0 r0 i264048',
      'ESTABLISHED client ::1:58602 ::1:5051 s0 r0 i264049',
      'ESTABLISHED server ::1:5051 ::1:58602 s0 r0 i264050',
    ]);
  });

  it('finds the IPv4 client of a listener on :: once both tables are read together', () => {
    const rows = inferRoles([...parseProcNetTcp(fixture('tcp.txt')), ...parseProcNetTcp(fixture('tcp6.txt'))], {
      start: 0,
      end: 0,
    });
    const client = rows.find((row) => row.local.port === 53110)!;
    expect(client.role).toBe('client');
    expect(client.family).toBe('IPv4');
  });

  it('skips the header and lines that are not sockets', () => {
    expect(parseProcNetTcp('  sl  local_address rem_address   st\n\ngarbage\n')).toEqual([]);
  });
});

describe('addresses in the kernel byte order', () => {
  it('reads 127.0.0.1 as x86 and ARM write it, and as a big-endian machine does', () => {
    expect(procAddress('0100007F', 'LE')).toBe('127.0.0.1');
    expect(procAddress('7F000001', 'BE')).toBe('127.0.0.1');
    expect(procAddress('0100A8C0', 'LE')).toBe('192.168.0.1');
  });

  it('reads IPv6 as four host-order words', () => {
    expect(procAddress('00000000000000000000000001000000')).toBe('::1');
    expect(procAddress('0000000000000000FFFF00000100007F')).toBe('::ffff:127.0.0.1');
    expect(procAddress('B80D0120000000000000000001000000')).toBe('2001:db8::1');
    expect(procAddress('000080FE00000000FF0C0A02FE8DB55A')).toBe('fe80::20a:cff:5ab5:8dfe');
    expect(procAddress('20010DB8000000000000000000000001', 'BE')).toBe('2001:db8::1');
  });

  it('gives the same address from either byte order when the words are swapped to match', () => {
    const swap = (hex: string) => hex.replace(/[0-9A-F]{8}/g, (word) => word.match(/../g)!.reverse().join(''));
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (bytes) => {
        const le = Buffer.from(bytes).toString('hex').toUpperCase();
        expect(procAddress(le, 'LE')).toBe(procAddress(swap(le), 'BE'));
      }),
    );
  });
});

describe('IPv6 text (RFC 5952)', () => {
  it('shortens the longest zero run, the leftmost on a tie, and keeps a lone zero group', () => {
    expect(formatHextets([0, 0, 0, 0, 0, 0, 0, 0])).toBe('::');
    expect(formatHextets([0x2001, 0xdb8, 0, 0, 1, 0, 0, 1])).toBe('2001:db8::1:0:0:1');
    expect(formatHextets([0x2001, 0xdb8, 0, 1, 1, 1, 1, 1])).toBe('2001:db8:0:1:1:1:1:1');
    expect(formatHextets([1, 0, 0, 0, 1, 0, 0, 0])).toBe('1::1:0:0:0');
  });

  it('matches what Node prints for any address', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 8, maxLength: 8 }), (groups) => {
        const text = formatHextets(groups);
        // URL parsing canonicalises IPv6 hosts per RFC 5952 (the mapped form is spelled in hex there).
        const canonical = new URL(`http://[${groups.map((g) => g.toString(16)).join(':')}]/`).hostname;
        if (!text.startsWith('::ffff:')) expect(`[${text}]`).toBe(canonical);
      }),
    );
  });
});
