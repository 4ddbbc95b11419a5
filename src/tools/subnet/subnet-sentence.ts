import { formatIPv4 } from '../../core/ipv4.js';
import { addressRole, formatCidr, type AddressInNetwork } from '../../core/subnet.js';
import type { Dictionary } from '../../i18n/index.js';

/**
 * The subnet tool's one-sentence summary, where the address sits in its network, in the
 * learner's language. Shared by `netlearn subnet` and its screen, like describeInputError.
 */
export function subnetSentence(parsed: AddressInNetwork, t: Dictionary): string {
  const cidr = formatCidr(parsed.network, parsed.prefix);
  const address = formatIPv4(parsed.address);
  const role = addressRole(parsed);
  switch (role.kind) {
    case 'host':
      return t.subnet.sentence.host({ address, index: role.index, cidr });
    case 'network':
      return t.subnet.sentence.network({ address, cidr });
    case 'broadcast':
      return t.subnet.sentence.broadcast({ address, cidr });
    case 'point-to-point':
      return t.subnet.sentence.pointToPoint({ address, index: role.index, cidr });
    case 'single':
      return t.subnet.sentence.single({ address, cidr });
  }
}
