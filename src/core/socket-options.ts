import { InputError } from './input-error.js';

/** A port typed on the command line: 0 (let the OS pick) to 65535. */
export function parsePortOption(text: string, option = '--port'): number {
  if (!/^\d+$/.test(text)) throw new InputError('socket-port-invalid', { part: text, option });
  const port = Number(text);
  if (port > 65535) throw new InputError('socket-port-invalid', { part: text, option });
  return port;
}

/** A whole count between min and max, such as `--clients 3` or `--max-clients 1000`. */
export function parseCountOption(text: string, option: string, min: number, max: number): number {
  const count = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!(count >= min && count <= max)) throw new InputError('socket-count-invalid', { part: text, option, min, max });
  return count;
}

export type DemoFamily = 'inet' | 'inet6' | 'unix';
export const demoFamilies: readonly DemoFamily[] = ['inet', 'inet6', 'unix'];

export function parseFamilyOption(text: string): DemoFamily {
  const family = text.toLowerCase().replace(/^af_/, '');
  if ((demoFamilies as readonly string[]).includes(family)) return family as DemoFamily;
  throw new InputError('socket-family-unknown', { part: text, choices: demoFamilies });
}
