import { describe, expect, it } from 'vitest';
import { ChatSlots } from '../../src/net/chat-slots.js';

/** Takes a seat for each address in turn; the refusals, in order (undefined for a seat taken). */
function fill(slots: ChatSlots, addresses: string[]) {
  return addresses.map((address) => {
    const refusal = slots.refusal(address);
    if (!refusal) slots.take(address);
    return refusal;
  });
}

describe('one machine cannot take every seat', () => {
  it('IPv6 clients count per /64: a fifth address of one /64 is refused, another /64 gets in', () => {
    // Before: 260 addresses of one /64 took all 1,000 seats, each counted apart.
    const slots = new ChatSlots(1000, 4);
    const one64 = ['2001:db8:1:2::1', '2001:db8:1:2::2', '2001:db8:1:2:aaaa::3', '2001:db8:1:2:ffff:1:2:3'];
    expect(fill(slots, one64)).toEqual([undefined, undefined, undefined, undefined]);
    expect(slots.refusal('2001:db8:1:2::99')).toBe('per-address');
    expect(slots.groupOf('2001:db8:1:2::99')).toBe('2001:db8:1:2::/64');
    expect(slots.refusal('2001:db8:1:3::1')).toBeUndefined();
  });

  it('the IPv6 group is configurable: per /128, every address counts apart', () => {
    const slots = new ChatSlots(1000, 1, 128);
    expect(fill(slots, ['2001:db8::1', '2001:db8::2'])).toEqual([undefined, undefined]);
    expect(slots.refusal('2001:db8::1')).toBe('per-address');
    expect(slots.groupOf('2001:db8::1')).toBeUndefined();
  });

  it('every loopback address is this one machine: 127.0.0.2-250 and ::1 share its seats', () => {
    // Before: 996 seats taken with 127.0.0.2 to 127.0.0.250.
    const slots = new ChatSlots(1000, 4);
    expect(fill(slots, ['127.0.0.2', '127.0.0.3', '::1', '::ffff:127.0.0.9'])).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(slots.refusal('127.0.0.250')).toBe('per-address');
    expect(slots.groupOf('127.0.0.250')).toBe('127.0.0.0/8');
  });

  it('IPv4 addresses still count apart, and a freed seat is free again', () => {
    const slots = new ChatSlots(1000, 1);
    expect(fill(slots, ['192.168.1.23', '192.168.1.24'])).toEqual([undefined, undefined]);
    expect(slots.refusal('192.168.1.23')).toBe('per-address');
    slots.release('192.168.1.23');
    expect(slots.refusal('192.168.1.23')).toBeUndefined();
  });
});
