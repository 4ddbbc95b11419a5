/** Where the error happened, when the input said: any of these may be missing. */
export interface Where {
  host?: string;
  port?: number;
  /** The socket call that failed (`accept`, `connect`, `recv`...), when a traceback shows it. */
  call?: string;
}

/** One trouble explained: what happened, why, what to try, what shows it. */
export interface Explanation {
  title: string;
  wire: (p: Where) => string;
  causes: readonly ((p: Where) => string)[];
  fixes: readonly ((p: Where) => string)[];
  show: (p: Where) => string;
}

/** Words for what the input left out, in one language. */
interface Placeholders {
  host: string;
  port: string;
  address: string;
}

/** Commands built only from what the input named: a missing port or host is left out or shown as a placeholder. */
function commandsFor(p: Where, placeholder: Placeholders) {
  const port = p.port === undefined ? undefined : String(p.port);
  return {
    at: p.host ? `${p.host.includes(':') ? `[${p.host}]` : p.host}:${port ?? placeholder.port}` : placeholder.address,
    port: port ?? placeholder.port,
    host: p.host ?? placeholder.host,
    sockets: (watch = false) => `netlearn sockets${port ? ` --port ${port}` : ''}${watch ? ' --watch' : ''}`,
    check: () => ['netlearn check', p.host, port && `--port ${port}`].filter(Boolean).join(' '),
    tryBind: () => `netlearn port ${port ?? placeholder.port} --try-bind`,
  };
}

export const english = (p: Where) => commandsFor(p, { host: '<host>', port: '<port>', address: 'the address' });
export const spanish = (p: Where) => commandsFor(p, { host: '<host>', port: '<puerto>', address: 'la dirección' });

/** Loopback: a timeout there is a local server that does not answer, never a wrong IP or a machine off. */
export const isLoopback = (host: string | undefined) =>
  host !== undefined && (/^127\./.test(host) || host === '::1' || host === 'localhost');
