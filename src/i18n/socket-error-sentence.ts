import { joinHostPort } from '../core/address-tuple.js';
import type { Dictionary } from './index.js';

/**
 * The sentence for a socket error a learner can fix (port taken, nothing listening), or undefined
 * for anything else, which the dispatcher reports as a runtime failure.
 */
export function describeSocketError(
  error: unknown,
  t: Dictionary,
  where: { host: string; port: number },
): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const hostPort = joinHostPort(where.host, where.port);
  switch (code) {
    case 'EADDRINUSE':
      return t.chat.errors.portInUse(where);
    case 'EACCES':
      return t.chat.errors.portDenied(where);
    case 'EADDRNOTAVAIL':
      return t.chat.errors.addressUnavailable(where);
    case 'ECONNREFUSED':
      return t.chat.errors.refused({ where: hostPort });
    case 'ECONNRESET':
      return t.chat.errors.reset({ where: hostPort });
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return t.chat.errors.unknownHost(where);
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return t.chat.errors.unreachable({ where: hostPort, code });
    default:
      return undefined;
  }
}
