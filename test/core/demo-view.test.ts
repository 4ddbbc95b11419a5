import { describe, expect, it } from 'vitest';
import { listeningEvent } from '../../src/core/demo-events.js';
import { demoServerView } from '../../src/core/demo-view.js';

describe("the demo screen's view of its server", () => {
  it('before it listens: the loopback host, PORT in the bind line, no tuple', () => {
    const view = demoServerView('inet6', undefined);
    expect(view).toMatchObject({ host: '::1', port: 0, tuple: undefined, outsideCommand: 'nc ::1 0' });
    expect(view.pythonLine).toBe('s.bind(("::1", PORT)); s.listen()');
  });

  it('listening on IPv4: the tuple, the bind line and the nc command, formatted once', () => {
    const view = demoServerView('inet', listeningEvent({ address: '127.0.0.1', port: 5050, family: 'IPv4' }));
    expect(view).toMatchObject({
      port: 5050,
      tuple: "('127.0.0.1', 5050)",
      pythonLine: 's.bind(("127.0.0.1", 5050)); s.listen()',
      outsideCommand: 'nc 127.0.0.1 5050',
    });
    expect(view.refusedAt(5050)).toBe('127.0.0.1:5050');
  });

  it('on a Unix socket: the path stands for host and port', () => {
    const view = demoServerView('unix', listeningEvent({ address: '/tmp/d/demo.sock', family: 'Unix' }));
    expect(view.outsideCommand).toBe('nc -U /tmp/d/demo.sock');
    expect(view.refusedAt(0)).toBe('/tmp/d/demo.sock');
    expect(view.tuple).toBe("'/tmp/d/demo.sock'");
  });
});
