import { formatIPv4, ipv4Binary, parseIPv4 } from '../../ipv4.js';
import { subnetModel } from '../../subnet.js';
import type { Random } from '../random.js';
import type { BitwiseRow, QuestionOfTopic, SubnetAsk, WorkedSolution } from '../question.js';
import { randomAddress } from './addresses.js';

export const subnetKinds: readonly SubnetAsk[] = ['network', 'broadcast', 'hosts'];

function row(role: BitwiseRow['role'], dotted: string): BitwiseRow {
  return { role, dotted, bits: ipv4Binary(parseIPv4(dotted)) };
}

/** A host address with its prefix; the answer is its network, its broadcast or how many hosts fit. */
export function subnetQuestion(random: Random, kind: string = random.pick(subnetKinds)): QuestionOfTopic<'subnet'> {
  const ask = subnetKinds.find((known) => known === kind) ?? 'network';
  // Now and then a /31 (RFC 3021) or /32; never for a broadcast, which neither of them has.
  const prefix = random.int(8, ask === 'broadcast' ? 30 : 32);
  const cidr = `${formatIPv4(randomAddress(random))}/${prefix}`;
  const model = subnetModel(cidr);
  let solution: WorkedSolution;
  let expected: string;
  if (ask === 'hosts') {
    expected = String(model.hosts);
    solution = { type: 'hosts', prefix, hostBits: 32 - prefix, addresses: model.addresses, hosts: model.hosts };
  } else if (ask === 'broadcast') {
    expected = model.broadcast;
    solution = {
      type: 'bitwise',
      operation: 'or',
      prefix,
      rows: [row('address', model.address), row('wildcard', model.wildcard), row('broadcast', model.broadcast)],
    };
  } else {
    expected = model.network;
    solution = {
      type: 'bitwise',
      operation: 'and',
      prefix,
      rows: [row('address', model.address), row('mask', model.mask), row('network', model.network)],
    };
  }
  return {
    topic: 'subnet',
    kind: ask,
    data: { cidr, ask },
    expected,
    shape: ask === 'hosts' ? 'count' : 'address',
    solution,
  };
}
