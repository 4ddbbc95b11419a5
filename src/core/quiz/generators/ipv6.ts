import { compressionSteps, expandIPv6, formatIPv6, parseIPv6 } from '../../ipv6.js';
import { ipv6KindBlock, type IPv6Kind } from '../../ipv6-kind.js';
import type { Random } from '../random.js';
import type { Ipv6Ask, QuestionOfTopic } from '../question.js';

export const ipv6Kinds: readonly Ipv6Ask[] = ['compress', 'expand', 'kind', 'prefix-count'];

/** The kinds a learner is asked to name, each with addresses of its own block. */
const kindChoices: readonly IPv6Kind[] = [
  'loopback',
  'link-local',
  'unique-local',
  'multicast',
  'documentation',
  'global-unicast',
  'ipv4-mapped',
];

const kindBases: Readonly<Record<string, readonly string[]>> = {
  loopback: ['::1'],
  'link-local': ['fe80::'],
  'unique-local': ['fd00::', 'fc00::'],
  multicast: ['ff02::', 'ff05::', 'ff0e::'],
  documentation: ['2001:db8::'],
  'global-unicast': ['2a00::', '2606::', '2800::', '3000::'],
  'ipv4-mapped': ['::ffff:0:0'],
};

/** Eight groups with runs of zeros, so compression has something to do (and sometimes a tie). */
function addressWithZeros(random: Random): bigint {
  const groups = Array.from({ length: 8 }, () => (random.int(0, 2) === 0 ? random.int(0, 0xffff) : 0));
  groups[0] = random.pick([0x2001, 0xfe80, 0xfd12, 0x2a00, 0xff02]);
  groups[0] = groups[0]! + (groups[0] === 0x2001 ? 0 : random.int(0, 15));
  if (groups[0] === 0x2001) groups[1] = 0xdb8;
  return groups.reduce((acc, h) => (acc << 16n) | BigInt(h), 0n);
}

/** An address of the given kind: its block's base with random low bits where the block has room. */
function addressOfKind(random: Random, kind: IPv6Kind): bigint {
  const base = parseIPv6(random.pick(kindBases[kind]!)).value;
  if (kind === 'loopback') return base;
  const low = BigInt(random.int(1, 0xffff)) | (BigInt(random.int(0, 0xffff)) << 16n);
  return kind === 'ipv4-mapped' ? base | low : base | (random.int(0, 1) === 0 ? low : low << 48n);
}

/** Compress, expand, name the kind, or count the subnets of one prefix inside another. */
export function ipv6Question(random: Random, kind: string = random.pick(ipv6Kinds)): QuestionOfTopic<'ipv6'> {
  const ask = ipv6Kinds.find((known) => known === kind) ?? 'compress';
  if (ask === 'kind') {
    const answer = random.pick(kindChoices);
    const value = addressOfKind(random, answer);
    const block = ipv6KindBlock(value);
    return {
      topic: 'ipv6',
      kind: ask,
      data: { ask, address: formatIPv6(value) },
      expected: block.kind,
      shape: 'port',
      choices: kindChoices,
      solution: { type: 'ipv6-kind', kind: block.kind, block: block.cidr, rfc: block.rfc },
    };
  }
  if (ask === 'prefix-count') {
    const outer = random.pick([32, 40, 44, 48, 56, 60]);
    const inner = random.pick([48, 52, 56, 60, 64].filter((p) => p > outer));
    const bits = inner - outer;
    return {
      topic: 'ipv6',
      kind: ask,
      data: { ask, outer, inner },
      expected: String(2 ** bits),
      shape: 'count',
      solution: { type: 'ipv6-prefix', outer, inner, bits, count: String(2 ** bits) },
    };
  }
  const value = addressWithZeros(random);
  const steps = compressionSteps(value);
  const shown = ask === 'compress' ? expandIPv6(value) : formatIPv6(value);
  return {
    topic: 'ipv6',
    kind: ask,
    data: { ask, address: shown },
    expected: ask === 'compress' ? steps.canonical : steps.expanded,
    shape: 'ipv6',
    solution: { type: 'ipv6-steps', ...steps },
  };
}
