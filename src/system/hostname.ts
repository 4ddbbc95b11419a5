import { lookup } from 'node:dns/promises';
import { hostname } from 'node:os';

/** This machine's name, as the OS reports it. */
export function readHostname(): string {
  return hostname();
}

/**
 * What a name resolves to through the OS resolver (getaddrinfo: /etc/hosts first), in its order,
 * or why not. A resolver that hangs must not hang the lab: after `timeoutMs` the reason is "timeout".
 */
export async function lookupAll(name: string, timeoutMs = 3000): Promise<{ addresses: string[]; error?: string }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<{ addresses: string[]; error: string }>((resolve) => {
    timer = setTimeout(() => resolve({ addresses: [], error: 'timeout' }), timeoutMs);
  });
  const answer = lookup(name, { all: true, verbatim: true })
    .then((entries) => ({ addresses: [...new Set(entries.map((entry) => entry.address))] }))
    .catch((error: NodeJS.ErrnoException) => ({ addresses: [], error: error.code ?? error.message }));
  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** What `localhost` resolves to (no internet needed); an empty list when the resolver fails. */
export async function resolveLocalhost(timeoutMs = 3000): Promise<string[]> {
  return (await lookupAll('localhost', timeoutMs)).addresses;
}
