import { formatIPv4 } from '../../core/ipv4.js';
import { addressRole, formatCidr, type AddressInNetwork } from '../../core/subnet.js';
import type { SubnetWords } from './words.en.js';

/**
 * The subnet tool's one-sentence summary, where the address sits in its network, in the
 * learner's language. Shared by `netlearn subnet` and its screen, like describeInputError.
 */
export function subnetSentence(parsed: AddressInNetwork, words: SubnetWords): string {
  const cidr = formatCidr(parsed.network, parsed.prefix);
  const address = formatIPv4(parsed.address);
  const role = addressRole(parsed);
  switch (role.kind) {
    case 'host':
      return words.sentence.host({ address, index: role.index, cidr });
    case 'network':
      return words.sentence.network({ address, cidr });
    case 'broadcast':
      return words.sentence.broadcast({ address, cidr });
    case 'point-to-point':
      return words.sentence.pointToPoint({ address, index: role.index, cidr });
    case 'single':
      return words.sentence.single({ address, cidr });
  }
}
