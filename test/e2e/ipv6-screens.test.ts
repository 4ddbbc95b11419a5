import { describe, expect, it } from 'vitest';
import { keys } from '../helpers/keys.js';
import { trackSessions } from '../helpers/pty.js';

const spawn = trackSessions();

describe('the IP and subnet screens with IPv6 in a real terminal', () => {
  it('IP at 60x20: type an IPv6 address, see its groups, flip a bit; nothing overflows', async () => {
    const session = spawn([], { cols: 60, rows: 20 });
    await session.waitFor('What do you want to learn today?');
    session.write('2');
    await session.waitFor('11000000.10101000.00000001.00001010');
    session.write(keys.backspace.repeat(12));
    await session.waitFor('is empty');
    session.write('fe80::1%eth0');
    let screen = await session.waitFor('8 0001  0000 0000 0000 0001');
    expect(screen).toContain('1 fe80  1111 1110 1000 0000');
    session.write(keys.enter);
    await session.waitFor('Space flip bit');
    session.write(keys.left);
    session.write(keys.space);
    screen = await session.waitFor('Bit 128 is now 0');
    for (const row of screen.split('\n')) expect(row.length).toBeLessThanOrEqual(60);
    session.write('q');
    expect((await session.exited).exitCode).toBe(0);
  });

  it('subnet at 80x24: an IPv6 network, the boundary moved over a group edge', async () => {
    const session = spawn([], { cols: 80, rows: 24 });
    await session.waitFor('What do you want to learn today?');
    session.write('3');
    await session.waitFor('Enter/↓ explore');
    session.write(keys.backspace.repeat(24));
    await session.waitFor('Type an address with a prefix');
    session.write('2001:db8:abcd::/48');
    await session.waitFor('2001:0db8:abcd | 0000:0000:0000:0000:0000');
    session.write(keys.down);
    await session.waitFor('←→ boundary');
    session.write(keys.left);
    const screen = await session.waitFor('abcd = 101010111100110|1');
    expect(screen).toContain('network 2001:db8:abcc::/47');
    session.write('q');
    expect((await session.exited).exitCode).toBe(0);
  });
});
