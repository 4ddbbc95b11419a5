import { closest } from '../closest.js';
import { defaultChat } from '../default-chat.js';
import { InputError } from '../input-error.js';
import { parseIPv4 } from '../ipv4.js';
import { parsePortOption } from '../socket-options.js';
import { serverCheckIds, type ServerCheckId } from './checks.js';

/** Where `netlearn check` goes when told nothing: the port the lessons' Python examples use. */
export const defaultCheckTarget = defaultChat;

export interface CheckTarget {
  host: string;
  port: number;
}

function connectPort(text: string, option: string): number {
  const port = parsePortOption(text, option);
  if (port === 0) throw new InputError('socket-port-zero-connect', { part: text, option });
  return port;
}

/**
 * `host`, `host:port` or `[v6]:port` as a learner (or a roster) writes it; the port only when given.
 * An IPv4 literal must be a valid one.
 */
export function splitHostPort(text: string): { host: string; port?: number } {
  if (text.trim() === '') throw new InputError('socket-host-empty', { part: text, option: 'host', command: 'check' });
  const withPort = /^\[([^\]]+)\]:([^:]*)$/.exec(text) ?? /^([^:]+):([^:]*)$/.exec(text);
  const host = withPort ? withPort[1]! : text;
  if (/^[\d.]+$/.test(host) && host.includes('.')) parseIPv4(host);
  return withPort ? { host, port: connectPort(withPort[2]!, 'host:port') } : { host };
}

/**
 * The server to check: `[host]` or `host:port` (what learners type), and `--port`. Both ports
 * given and different is an error rather than a guess.
 */
export function parseCheckTarget(operand: string | undefined, portFlag: string | undefined): CheckTarget {
  const given = splitHostPort(operand ?? defaultCheckTarget.host);
  const { host } = given;
  let { port } = given;
  if (portFlag !== undefined) {
    const flagPort = connectPort(portFlag, '--port');
    if (port !== undefined && port !== flagPort)
      throw new InputError('check-two-ports', { part: operand, port: flagPort });
    port = flagPort;
  }
  return { host, port: port ?? defaultCheckTarget.port };
}

/** `--only broadcast,utf8`: known ids, in the order the checker runs them. */
export function parseOnly(text: string | undefined): ServerCheckId[] {
  if (text === undefined) return [...serverCheckIds];
  const wanted = text
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter((part) => part !== '');
  if (wanted.length === 0) throw new InputError('check-only-empty', { part: text, choices: serverCheckIds });
  for (const id of wanted) {
    if (!(serverCheckIds as readonly string[]).includes(id))
      throw new InputError('check-id-unknown', {
        part: id,
        closest: closest(id, serverCheckIds) ?? '',
        choices: serverCheckIds,
      });
  }
  return serverCheckIds.filter((id) => wanted.includes(id));
}

export const timeoutLimits = { min: 0.5, max: 60, default: 3 };

/** `--timeout S`: how long each wait inside a check lasts, in seconds (decimals allowed), as ms. */
export function parseTimeout(text: string | undefined): number {
  if (text === undefined) return timeoutLimits.default * 1000;
  const seconds = /^\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : Number.NaN;
  if (!(seconds >= timeoutLimits.min && seconds <= timeoutLimits.max))
    throw new InputError('check-timeout-invalid', { part: text, min: timeoutLimits.min, max: timeoutLimits.max });
  return Math.round(seconds * 1000);
}
