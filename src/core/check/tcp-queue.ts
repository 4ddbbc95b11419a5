/**
 * How many bytes sit unread in a loopback TCP socket's receive queue, from the text of Linux's
 * /proc/net/tcp: the row whose local end is 127.0.0.1:`localPort` and remote end
 * 127.0.0.1:`remotePort`. Undefined when there is no such row (another OS, or the socket is gone),
 * or when no program holds its socket any more (inode 0: closed, only the OS keeps it a while).
 */
export function unreadBytes(procNetTcp: string, localPort: number, remotePort: number): number | undefined {
  const end = (port: number) => `0100007F:${port.toString(16).toUpperCase().padStart(4, '0')}`;
  for (const row of procNetTcp.split('\n')) {
    const fields = row.trim().split(/\s+/);
    if (fields[1] === end(localPort) && fields[2] === end(remotePort)) {
      if (fields[9] === '0') return undefined;
      const rx = fields[4]?.split(':')[1];
      return rx === undefined ? undefined : Number.parseInt(rx, 16);
    }
  }
  return undefined;
}
