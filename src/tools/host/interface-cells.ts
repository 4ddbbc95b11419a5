import type { HostModel } from '../../core/host.js';
import type { HostWords } from './words.en.js';

/** The interface table's cells, shared by the command and the screen so both line up alike. */
export function interfaceCells(model: HostModel, text: HostWords): string[][] {
  return model.interfaces.map((entry) => [
    entry.name,
    entry.family,
    entry.address,
    entry.netmask,
    entry.cidr,
    entry.network ?? text.unknown,
    entry.internal ? text.internal : '',
  ]);
}
