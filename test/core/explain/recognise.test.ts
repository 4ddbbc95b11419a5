import { describe, expect, it } from 'vitest';
import { errnoTable } from '../../../src/core/explain/error-kinds.js';
import { ErrorScanner, recogniseErrors } from '../../../src/core/explain/recognise.js';

describe('recognising errors', () => {
  it('reads the errno of a Python traceback and the address of the line that raised it', () => {
    const traceback = [
      'Traceback (most recent call last):',
      '  File "/tmp/server.py", line 4, in <module>',
      '    s.bind(("0.0.0.0", 5050))',
      'OSError: [Errno 98] Address already in use',
    ].join('\n');
    expect(recogniseErrors(traceback)).toEqual([
      {
        kind: 'address-in-use',
        text: 'OSError: [Errno 98] Address already in use',
        errno: [{ kind: 'address-in-use', name: 'EADDRINUSE', number: 98, system: 'linux' }],
        host: '0.0.0.0',
        port: 5050,
        call: 'bind',
      },
    ]);
  });

  it('takes the address from a Node message and from an IPv6 one in brackets', () => {
    expect(recogniseErrors('Error: connect ECONNREFUSED 127.0.0.1:5051')[0]).toMatchObject({
      kind: 'connection-refused',
      host: '127.0.0.1',
      port: 5051,
    });
    expect(recogniseErrors('Error: connect ECONNREFUSED [::1]:5050')[0]).toMatchObject({ host: '::1', port: 5050 });
  });

  it('knows a Windows number as Windows and a macOS number as macOS', () => {
    expect(
      recogniseErrors('ConnectionResetError: [WinError 10054] An existing connection was forcibly closed')[0]!.errno,
    ).toEqual([{ kind: 'connection-reset', name: 'WSAECONNRESET', number: 10054, system: 'windows' }]);
    expect(recogniseErrors('61')[0]!.errno).toEqual([
      { kind: 'connection-refused', name: 'ECONNREFUSED', number: 61, system: 'macos' },
    ]);
  });

  it('gives every number in the table back as its own kind', () => {
    for (const entry of errnoTable) expect(recogniseErrors(String(entry.number))[0]!.kind).toBe(entry.kind);
  });

  it('does not take a port or a count in ordinary output for an errno', () => {
    expect(recogniseErrors('listening on 5050, 98 clients so far')).toEqual([]);
  });

  it('forgets the address of an earlier traceback', () => {
    const scanner = new ErrorScanner();
    scanner.push('    s.connect(("10.0.0.9", 7000))');
    scanner.push('Traceback (most recent call last):');
    expect(scanner.push('BrokenPipeError: [Errno 32] Broken pipe')).not.toHaveProperty('host');
  });
});
