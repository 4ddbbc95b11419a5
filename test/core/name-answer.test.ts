import { describe, expect, it } from 'vitest';
import { chosenAddress, looksLikeHostName, type NameAnswer } from '../../src/core/name-answer.js';

describe('host names typed where an address goes', () => {
  it('reads names as names', () => {
    for (const name of ['localhost', 'example.lan', 'lab-server', 'web01.example.com.', 'mail'])
      expect(looksLikeHostName(name), name).toBe(true);
  });

  it('leaves addresses, integers, hex and typos in addresses to the address parser', () => {
    for (const text of ['192.168.1.10', '3232235786', '0xC0A8010A', '192.168.1.1O', '10.0.0.1a', '', '-bad', 'a..b'])
      expect(looksLikeHostName(text), text).toBe(false);
  });

  it('chooses the resolver first answer, or the first of the family a prefix asks for', () => {
    const answer: NameAnswer = {
      name: 'lab',
      addresses: ['fd00::3', '10.1.2.3'],
      hostsFile: { path: '/etc/hosts', entries: [] },
    };
    expect(chosenAddress(answer)).toBe('fd00::3');
    expect(chosenAddress(answer, 'IPv4')).toBe('10.1.2.3');
    expect(chosenAddress({ ...answer, addresses: ['10.1.2.3'] }, 'IPv6')).toBe('10.1.2.3');
    expect(chosenAddress({ ...answer, addresses: [] })).toBeUndefined();
  });
});
