import { lookup } from 'node:dns/promises';
import { hostname } from 'node:os';

/** This machine's name, as the OS reports it. */
export function readHostname(): string {
  return hostname();
}

/**
 * What `localhost` resolves to through the OS resolver (getaddrinfo: /etc/hosts first, no internet).
 * A resolver that hangs must not hang the lab: after `timeoutMs` the answer is an empty list.
 */
export async function resolveLocalhost(timeoutMs = 3000): Promise<string[]> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string[]>((resolve) => {
    timer = setTimeout(() => resolve([]), timeoutMs);
  });
  const answer = lookup('localhost', { all: true, verbatim: true })
    .then((entries) => [...new Set(entries.map((entry) => entry.address))])
    .catch(() => []);
  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
