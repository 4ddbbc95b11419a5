import { describe, expect, it } from 'vitest';
import { pythonBindLine, pythonSocketLine } from '../../src/core/address-tuple.js';
import { acceptedEvent, connectedEvent, listeningEvent } from '../../src/core/demo-events.js';

describe('the Python lines the demo shows for its server', () => {
  it('the socket line names the address family', () => {
    expect(pythonSocketLine('IPv4')).toBe('s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)');
    expect(pythonSocketLine('IPv6')).toBe('s = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)');
    expect(pythonSocketLine('Unix')).toBe('s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)');
  });

  it('the bind line takes a host and port, or a path, and says PORT until the port is known', () => {
    const bind = (address: string, family: 'IPv4' | 'IPv6' | 'Unix', port?: number) =>
      pythonBindLine({ address, family, port });
    expect(bind('127.0.0.1', 'IPv4', 5050)).toBe('s.bind(("127.0.0.1", 5050)); s.listen()');
    expect(bind('::1', 'IPv6', 5050)).toBe('s.bind(("::1", 5050)); s.listen()');
    expect(bind('127.0.0.1', 'IPv4')).toBe('s.bind(("127.0.0.1", PORT)); s.listen()');
    expect(bind('/tmp/d/demo.sock', 'Unix')).toBe('s.bind("/tmp/d/demo.sock"); s.listen()');
  });
});

describe('demo events built from the ends Node reports', () => {
  it('listening keeps its fields in their order, the Python lines after them', () => {
    const event = listeningEvent({ address: '127.0.0.1', port: 5050, family: 'IPv4' }, 4040);
    expect(JSON.stringify(event)).toBe(
      '{"event":"listening","family":"IPv4","address":"127.0.0.1","port":5050,"movedFrom":4040,' +
        '"pythonSocket":"s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)",' +
        '"pythonBind":"s.bind((\\"127.0.0.1\\", 5050)); s.listen()"}',
    );
  });

  it('a Unix listener has no port', () => {
    const event = listeningEvent({ address: '/tmp/d/demo.sock', family: 'Unix' });
    expect(event).toMatchObject({ port: null, family: 'Unix' });
  });

  it("connected carries the client's getsockname() and getpeername() as Python prints them", () => {
    const client = { address: '::1', port: 40000, family: 'IPv6' as const };
    const event = connectedEvent(2, client, { address: '::1', port: 5050, family: 'IPv6' });
    expect(event).toEqual({
      event: 'connected',
      client: 2,
      local: { address: '::1', port: 40000 },
      remote: { address: '::1', port: 5050 },
      family: 'IPv6',
      localTuple: "('::1', 40000, 0, 0)",
      remoteTuple: "('::1', 5050, 0, 0)",
    });
  });

  it("accepted carries accept()'s tuple, and says when the client came from outside", () => {
    expect(acceptedEvent(1, { address: '127.0.0.1', port: 40000, family: 'IPv4' }, true)).toEqual({
      event: 'accepted',
      client: 1,
      peer: { address: '127.0.0.1', port: 40000, family: 'IPv4' },
      tuple: "('127.0.0.1', 40000)",
      outside: true,
    });
    expect(acceptedEvent(1, { address: '', family: 'Unix' }, false)).toEqual({
      event: 'accepted',
      client: 1,
      peer: { address: '', port: null, family: 'Unix' },
      tuple: "''",
    });
  });
});
