import { describe, expect, it } from 'vitest';
import { familiesModel } from '../../src/core/families.js';

describe('familiesModel', () => {
  it("prints each peer as Python's accept() would", () => {
    const [inet, inet6, unix] = familiesModel([
      {
        family: 'inet',
        status: 'ok',
        listening: { address: '127.0.0.1', port: 5050 },
        peer: { address: '127.0.0.1', port: 51234 },
      },
      {
        family: 'inet6',
        status: 'ok',
        listening: { address: '::1', port: 5050 },
        peer: { address: '::1', port: 51234 },
      },
      { family: 'unix', status: 'ok', listening: { address: '/tmp/x/chat.sock' }, peer: { address: '' } },
    ]);
    expect(inet).toMatchObject({
      constant: 'AF_INET',
      pythonAccept: "('127.0.0.1', 51234)",
      pythonServer: "('127.0.0.1', 5050)",
    });
    expect(inet6).toMatchObject({
      constant: 'AF_INET6',
      pythonAccept: "('::1', 51234, 0, 0)",
      pythonServer: "('::1', 5050, 0, 0)",
    });
    expect(unix).toMatchObject({ constant: 'AF_UNIX', pythonAccept: "''", pythonServer: "'/tmp/x/chat.sock'" });
  });

  it('keeps the reason when IPv6 is unavailable', () => {
    expect(familiesModel([{ family: 'inet6', status: 'skipped', code: 'EADDRNOTAVAIL' }])[0]).toEqual({
      family: 'inet6',
      constant: 'AF_INET6',
      status: 'skipped',
      listening: null,
      peer: null,
      pythonAccept: null,
      pythonServer: null,
      code: 'EADDRNOTAVAIL',
    });
  });
});
