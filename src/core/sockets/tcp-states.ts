/** The TCP states Linux numbers in /proc/net/tcp (include/net/tcp_states.h), by that number. */
export const tcpStates = [
  'ESTABLISHED',
  'SYN_SENT',
  'SYN_RECV',
  'FIN_WAIT1',
  'FIN_WAIT2',
  'TIME_WAIT',
  'CLOSE',
  'CLOSE_WAIT',
  'LAST_ACK',
  'LISTEN',
  'CLOSING',
  'NEW_SYN_RECV',
] as const;

export type TcpState = (typeof tcpStates)[number];

/** The state the kernel writes as a hex number (`0A` is LISTEN), or undefined for a number it never uses. */
export function tcpStateFromHex(hex: string): TcpState | undefined {
  const number = Number.parseInt(hex, 16);
  return /^[0-9a-f]{1,2}$/i.test(hex) ? tcpStates[number - 1] : undefined;
}

/** Whether the state is a name netlearn knows (`TIME_WAIT`), as `ss` and `netstat` print it. */
export function isTcpState(name: string): name is TcpState {
  return (tcpStates as readonly string[]).includes(name);
}
