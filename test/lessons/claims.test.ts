import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs a Python program given on stdin and returns what it printed. */
function python(source: string): string {
  const run = spawnSync('python3', ['-'], { input: source, encoding: 'utf8', timeout: 30_000 });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout.trim();
}

const hasPython = spawnSync('python3', ['--version']).status === 0;

describe.runIf(hasPython)('claims the lessons make, run again on loopback', () => {
  it("connection-life: a killed or interrupted client closes with FIN (b''); unread data or SO_LINGER 0 sends RST", () => {
    const output = python(`
import signal, socket, struct, subprocess, sys, time
server = socket.socket(); server.bind(("127.0.0.1", 0)); server.listen()
port = server.getsockname()[1]
client = 'import signal, socket, time; signal.signal(signal.SIGINT, signal.default_int_handler); s = socket.create_connection(("127.0.0.1", %d)); s.sendall(b"hi"); time.sleep(60)' % port
def seen(conn):
    try: return repr(conn.recv(100))
    except OSError as error: return type(error).__name__
for stop in (signal.SIGKILL, signal.SIGINT):
    child = subprocess.Popen([sys.executable, "-c", client], stderr=subprocess.DEVNULL)
    conn, _ = server.accept(); conn.recv(100)
    child.send_signal(stop); child.wait()
    print(seen(conn)); conn.close()
c = socket.create_connection(("127.0.0.1", port)); conn, _ = server.accept()
conn.sendall(b"never read\\n"); time.sleep(0.2); c.close(); time.sleep(0.2)
print(seen(conn)); conn.close()
c = socket.create_connection(("127.0.0.1", port)); conn, _ = server.accept()
c.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)); c.close(); time.sleep(0.2)
print(seen(conn))
`);
    expect(output.split('\n')).toEqual(["b''", "b''", 'ConnectionResetError', 'ConnectionResetError']);
  });

  it('ipv6: a two-item tuple with %interface is refused with EINVAL; getaddrinfo gives the four-item tuple', () => {
    const output = python(`
import socket
s = socket.socket(socket.AF_INET6)
try: s.bind(("fe80::1%lo", 0))
except OSError as error: print(error.errno)
print(socket.getaddrinfo("fe80::1%lo", 0, socket.AF_INET6, socket.SOCK_STREAM)[0][4] == ("fe80::1", 0, 0, socket.if_nametoindex("lo")))
`);
    expect(output.split('\n')).toEqual(['22', 'True']);
  });
});
