import { describe, expect, test } from 'vitest';
import { answeredByHostsFile, hostsEntriesFor } from '../../src/core/hosts-file.js';

const debian = [
  '127.0.0.1\tlocalhost',
  '127.0.1.1\tvm.example vm',
  '',
  '# The following lines are desirable for IPv6 capable hosts',
  '::1     LocalHost ip6-localhost ip6-loopback   # a comment',
  '#127.0.0.2 localhost',
  'ff02::1 ip6-allnodes',
].join('\n');

describe('the hosts file', () => {
  test('finds the lines that list a name, any case, skipping comments and blank lines', () => {
    expect(hostsEntriesFor(debian, 'localhost')).toEqual([
      { line: 1, address: '127.0.0.1', names: ['localhost'] },
      { line: 5, address: '::1', names: ['LocalHost', 'ip6-localhost', 'ip6-loopback'] },
    ]);
    expect(hostsEntriesFor('127.0.0.1 localhost\r\n', 'localhost')).toHaveLength(1);
    expect(hostsEntriesFor('localhost\n', 'localhost')).toEqual([]);
  });

  test("says the resolver's answer came from the file only when the file lists every address", () => {
    const facts = { path: '/etc/hosts', readable: true, localhost: hostsEntriesFor(debian, 'localhost') };
    expect(answeredByHostsFile(['127.0.0.1'], facts)).toBe(true);
    expect(answeredByHostsFile(['::1', '127.0.0.1'], facts)).toBe(true);
    expect(answeredByHostsFile(['127.0.0.1', '127.0.0.53'], facts)).toBe(false);
    expect(answeredByHostsFile([], facts)).toBe(false);
    expect(answeredByHostsFile(['127.0.0.1'], { ...facts, readable: false, localhost: [] })).toBe(false);
  });
});
