import type { QuestionOfTopic, WorkedSolution } from '../../core/quiz/question.js';
import ipv6 from './ipv6.js';

type Ipv6Solution = Extract<WorkedSolution, { type: 'ipv6-steps' | 'ipv6-kind' | 'ipv6-prefix' }>;

/** The IPv6 Practice topic in English: compress, expand, name the kind, count subnets. */
const quizIpv6 = {
  topicName: 'IPv6: forms, kinds, prefixes',
  prompt: (q: QuestionOfTopic<'ipv6'>): string => {
    const d = q.data;
    switch (d.ask) {
      case 'compress':
        return `Write ${d.address} in its short form (RFC 5952).`;
      case 'expand':
        return `Write ${d.address} in full: 8 groups of 4 hex digits.`;
      case 'kind': {
        const list = (q.choices ?? []).map((kind, i) => `${i + 1} ${ipv6.kinds[kind as keyof typeof ipv6.kinds]}`);
        return `What kind of address is ${d.address}? ${list.join(', ')}.`;
      }
      case 'prefix-count':
        return `How many /${d.inner} networks fit in one /${d.outer}?`;
    }
  },
  /** A kind's answer as the prompt lists it, name and number: "global unicast (6)". */
  expected: (q: QuestionOfTopic<'ipv6'>): string =>
    q.data.ask === 'kind'
      ? `${ipv6.kinds[q.expected as keyof typeof ipv6.kinds]} (${(q.choices?.indexOf(q.expected) ?? 0) + 1})`
      : q.expected,
  solution: (s: Ipv6Solution): string[] => {
    switch (s.type) {
      case 'ipv6-steps':
        return [
          `Full: ${s.expanded}`,
          `Leading zeros dropped: ${s.trimmed}`,
          s.mapped
            ? `IPv4-mapped: the last 32 bits stay dotted: ${s.canonical}`
            : s.run
              ? `The longest zero run (groups ${s.run.start + 1}-${s.run.start + s.run.length}) becomes "::": ${s.canonical}`
              : `No run of two zero groups, so no "::": ${s.canonical}`,
        ];
      case 'ipv6-kind':
        return [
          `${s.block === '' ? 'Outside every special block' : `Inside ${s.block}`} (${s.rfc}): ${ipv6.kinds[s.kind as keyof typeof ipv6.kinds]}.`,
        ];
      case 'ipv6-prefix':
        return [`/${s.inner} - /${s.outer} = ${s.bits} more network bits: 2^${s.bits} = ${s.count}.`];
    }
  },
};

export default quizIpv6;
