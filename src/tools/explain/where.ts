/** Where the error happened, when the input said: any of these may be missing. */
export interface Where {
  host?: string;
  port?: number;
  /** The socket call that failed (`accept`, `connect`, `recv`...), when a traceback shows it. */
  call?: string;
}

/** Commands built only from what the input named: a missing port or host is left out or shown as a placeholder. */
export function commandsFor(p: Where, placeholder: { host: string; port: string }) {
  const port = p.port === undefined ? undefined : String(p.port);
  return {
    at: p.host ? `${p.host.includes(':') ? `[${p.host}]` : p.host}:${port ?? placeholder.port}` : undefined,
    port: port ?? placeholder.port,
    host: p.host ?? placeholder.host,
    sockets: (watch = false) => `netlearn sockets${port ? ` --port ${port}` : ''}${watch ? ' --watch' : ''}`,
    check: () => ['netlearn check', p.host, port && `--port ${port}`].filter(Boolean).join(' '),
    tryBind: () => `netlearn port ${port ?? placeholder.port} --try-bind`,
  };
}

/** Loopback: a timeout there is a local server that does not answer, never a wrong IP or a machine off. */
export const isLoopback = (host: string | undefined) =>
  host !== undefined && (/^127\./.test(host) || host === '::1' || host === 'localhost');
