import { pythonTuple, type SocketEnd } from '../../address-tuple.js';
import type { Random } from '../random.js';
import type { QuestionOfTopic } from '../question.js';

export const tupleKinds = ['server-view', 'client-view'] as const;

/** Ports a server in a tutorial binds; 50007 is the one Python's own socket docs use. */
const serverPorts = [5000, 5050, 8000, 8080, 9999, 12345, 50007, 65432];

/**
 * Two address tuples as a Python program prints them; the answer is the ephemeral port, the one
 * the OS picked for the client. From the server's side: what it bound, then what accept() returned.
 * From the client's side: getsockname() (its own end), then getpeername() (the server).
 */
export function tupleQuestion(random: Random, kind: string = random.pick(tupleKinds)): QuestionOfTopic<'tuple'> {
  const view = kind === 'client-view' ? 'client' : 'server';
  const serverPort = random.pick(serverPorts);
  // The tuples are what Python prints on Linux, whose default range (ip_local_port_range) is 32768-60999.
  const clientPort = random.int(32_768, 60_999);
  const ephemeralPort = clientPort === serverPort ? clientPort + 1 : clientPort;
  const ipv6 = random.int(0, 3) === 0;
  const end = (port: number): SocketEnd =>
    ipv6 ? { address: '::1', port, family: 'IPv6' } : { address: '127.0.0.1', port, family: 'IPv4' };
  const server = pythonTuple(end(serverPort));
  const client = pythonTuple(end(ephemeralPort));
  return {
    topic: 'tuple',
    kind: `${view}-view`,
    data: { tuples: view === 'server' ? [server, client] : [client, server], view },
    expected: String(ephemeralPort),
    shape: 'port',
    choices:
      view === 'server' ? [String(serverPort), String(ephemeralPort)] : [String(ephemeralPort), String(serverPort)],
    solution: { type: 'tuple', view, ephemeralPort, serverPort },
  };
}
