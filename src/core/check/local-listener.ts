/** An IPv4 address seen through an IPv6 socket (`::ffff:127.0.0.5`) is that IPv4 address. */
function plain(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return (mapped ? mapped[1]! : address).toLowerCase();
}

/**
 * Whether a socket bound to `bound` answers a client that connects to `address` on this machine:
 * the same address, or a wildcard (`0.0.0.0` for IPv4; `::`, which on Linux takes IPv4 too unless
 * IPV6_V6ONLY). Ten servers on one port, each on its own 127.0.0.x, are ten different servers.
 */
export function boundAnswers(bound: string, address: string): boolean {
  const [from, to] = [plain(bound), plain(address)];
  if (from === to) return true;
  if (from === '::') return true;
  return from === '0.0.0.0' && !to.includes(':');
}

/** Whether `address` is this machine: loopback (127.0.0.0/8, ::1) or one of its interfaces' addresses. */
export function isThisMachine(address: string, interfaceAddresses: readonly string[]): boolean {
  const to = plain(address);
  if (to === '::1' || /^127\./.test(to)) return true;
  return interfaceAddresses.some((own) => plain(own.replace(/%.*$/, '')) === to);
}
