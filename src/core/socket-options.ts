import { InputError } from './input-error.js';
import { parseIPv4 } from './ipv4.js';

/** A port typed on the command line: 0 (let the OS pick) to 65535. */
export function parsePortOption(text: string, option = '--port'): number {
  if (!/^\d+$/.test(text)) throw new InputError('socket-port-invalid', { part: text, option });
  const port = Number(text);
  if (port > 65535) throw new InputError('socket-port-invalid', { part: text, option });
  return port;
}

/** The port a client connects to: 1 to 65535 (port 0 only means "any free port" when listening). */
export function parseConnectPort(text: string): number {
  const port = parsePortOption(text);
  if (port === 0) throw new InputError('socket-port-zero-connect', { part: text, option: '--port' });
  return port;
}

/**
 * A host typed for `connect HOST` or `serve --host HOST`: not empty, the port not glued on
 * (`127.0.0.1:5050`), and a dotted-number address a valid IPv4 one (its parser says what is wrong).
 * Names are left to the resolver.
 */
export function parseHostOption(text: string, command: 'connect' | 'serve'): string {
  const option = command === 'serve' ? '--host' : 'host';
  if (text.trim() === '') throw new InputError('socket-host-empty', { part: text, option, command });
  const withPort = /^\[([^\]]+)\]:(\d+)$/.exec(text) ?? /^([^:]+):(\d+)$/.exec(text);
  if (withPort)
    throw new InputError('socket-host-with-port', { part: text, host: withPort[1], port: withPort[2], command });
  if (/^[\d.]+$/.test(text) && text.includes('.')) parseIPv4(text);
  return text;
}

/** A whole count between min and max, such as `--clients 3` or `--max-clients 1000`. */
export function parseCountOption(text: string, option: string, min: number, max: number): number {
  const count = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!(count >= min && count <= max)) throw new InputError('socket-count-invalid', { part: text, option, min, max });
  return count;
}

export type DemoFamily = 'inet' | 'inet6' | 'unix';
const demoFamilies: readonly DemoFamily[] = ['inet', 'inet6', 'unix'];

export function parseFamilyOption(text: string): DemoFamily {
  const family = text.toLowerCase().replace(/^af_/, '');
  if ((demoFamilies as readonly string[]).includes(family)) return family as DemoFamily;
  throw new InputError('socket-family-unknown', { part: text, choices: demoFamilies });
}
