import { describe, expect, it } from 'vitest';
import { keys } from '../helpers/keys.js';
import { trackSessions } from '../helpers/pty.js';

const spawn = trackSessions();

describe('the IP and subnet screens in a real terminal', () => {
  it('IP: press 2, type an address, see its binary; flip a bit', async () => {
    const session = spawn([]);
    await session.waitFor('What do you want to learn today?');
    session.write('2');
    await session.waitFor('11000000.10101000.00000001.00001010');
    session.write(keys.backspace.repeat(12));
    await session.waitFor('is empty');
    session.write('10.0.0.1');
    const screen = await session.waitFor('00001010.00000000.00000000.00000001');
    expect(screen).toContain('0x0A000001');
    session.write(keys.enter);
    await session.waitFor('Space flip bit');
    session.write(keys.space);
    await session.waitFor('138.0.0.1');
    session.write('q');
    expect((await session.exited).exitCode).toBe(0);
  });

  it('subnet: press 3 in a 60x20 terminal, type a CIDR, move the boundary, nothing overflows', async () => {
    const session = spawn([], { cols: 60, rows: 20 });
    await session.waitFor('What do you want to learn today?');
    session.write('3');
    await session.waitFor('Enter/↓ explore');
    session.write(keys.backspace.repeat(24));
    await session.waitFor('Type an address with a prefix');
    session.write('192.168.1.10/26');
    let screen = await session.waitFor('11000000.10101000.00000001.00|001010');
    expect(screen).toContain('192.168.1.10 is host 10 of network 192.168.1.0/26.');
    session.write(keys.down);
    await session.waitFor('←→ boundary');
    session.write(keys.left);
    screen = await session.waitFor('(126 of 128 addresses)');
    for (const row of screen.split('\n')) expect(row.length).toBeLessThanOrEqual(60);
    expect(screen).toContain('netlearn › Subnets');
    expect(screen).toMatch(/Esc back/);
  });
});
