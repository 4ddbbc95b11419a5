import type { PortRangeId } from '../../core/ports.js';
import { optionLabel } from '../../core/quiz/option-label.js';
import type { Question, Topic, WorkedSolution } from '../../core/quiz/question.js';
import { bitwiseRows, hexBytes, octetTable, utf8ByteBits, utf8Pattern } from '../../core/quiz/solution-rows.js';
import { formatCodePoint } from '../../core/utf8.js';
import quizIpv6 from './quiz-ipv6.js';

const rangeNames: Record<PortRangeId, string> = {
  'well-known': 'well-known',
  registered: 'registered',
  dynamic: 'dynamic',
};

const topicNames: Record<Topic, string> = {
  binary: 'Address to binary',
  decimal: 'Binary to address',
  mask: 'Masks and prefixes',
  subnet: 'Network, broadcast, hosts',
  port: 'Port ranges',
  utf8: 'UTF-8 bytes',
  tuple: 'Ephemeral ports in tuples',
  ipv6: quizIpv6.topicName,
  lessons: 'Lesson questions',
};

/** The question in words; its topic (and a mask's kind) says which data it carries. */
function prompt(q: Question): string {
  const { topic, kind, data: d } = q;
  switch (topic) {
    case 'binary':
      return `Write ${d.address} in binary: 32 bits, with or without dots.`;
    case 'decimal':
      return `Which address do these bits spell? ${d.bits}`;
    case 'mask':
      return kind === 'mask-to-prefix'
        ? `What prefix length is the mask ${d.mask}?`
        : `Write the mask of a /${d.prefix} in dotted decimal.`;
    case 'subnet':
      if (d.ask === 'hosts') return `How many usable hosts does the network of ${d.cidr} have?`;
      return `What is the ${d.ask === 'broadcast' ? 'broadcast' : 'network'} address of ${d.cidr}?`;
    case 'port':
      return `Which range is port ${d.port} in? 1 well-known, 2 registered, 3 dynamic.`;
    case 'utf8':
      return d.ask === 'bytes'
        ? `Which bytes encode "${d.char}" in UTF-8? Write them in hex.`
        : `How many bytes does "${d.char}" take in UTF-8?`;
    case 'tuple': {
      const [first, second] = d.tuples;
      const [one, two] = q.choices ?? [];
      const ask = `Which port is the ephemeral one: 1 (${one}) or 2 (${two})?`;
      return d.view === 'client'
        ? `A Python client prints s.getsockname() -> ${first} and s.getpeername() -> ${second}. ${ask}`
        : `A Python server did s.bind(${first}); accept() returned the address ${second}. ${ask}`;
    }
    case 'ipv6':
      return quizIpv6.prompt(q as Extract<Question, { topic: 'ipv6' }>);
    case 'lessons':
      return d.question;
  }
}

/** The two prefixes where 2^h - 2 does not hold, said where they come up. */
function smallPrefixNote(prefix: number): string[] {
  if (prefix === 31)
    return ['A /31 is a point-to-point link (RFC 3021): no network or broadcast address, both addresses are hosts.'];
  if (prefix === 32) return ['A /32 is one single address: one host, as in a host route or a firewall rule.'];
  return [];
}

function solution(s: WorkedSolution): string[] {
  switch (s.type) {
    case 'octets':
      return ['Each octet is 8 bits; add the place values of its ones:', ...octetTable(s.octets)];
    case 'mask':
      return [
        `/${s.prefix}: ${s.prefix} ones, then ${32 - s.prefix} zeros, read 8 bits at a time:`,
        ...octetTable(s.octets),
        `= ${s.mask}`,
        ...smallPrefixNote(s.prefix),
      ];
    case 'bitwise':
      return s.operation === 'and'
        ? [
            'Address AND mask keeps the network bits and clears the host bits:',
            ...bitwiseRows('and', s.rows),
            ...smallPrefixNote(s.prefix),
          ]
        : [`Address OR wildcard sets all ${32 - s.prefix} host bits to 1:`, ...bitwiseRows('or', s.rows)];
    case 'hosts':
      return [
        `${s.hostBits} host bit${s.hostBits === 1 ? '' : 's'}: 2^${s.hostBits} = ${s.addresses} address${s.addresses === 1 ? '' : 'es'}.`,
        s.prefix < 31 ? `Minus the network and the broadcast address: ${s.addresses} - 2 = ${s.hosts}.` : '',
        ...smallPrefixNote(s.prefix),
      ].filter(Boolean);
    case 'range':
      return [
        '0-1023 well-known · 1024-49151 registered · 49152-65535 dynamic',
        `${s.port} is in ${s.start}-${s.end}: ${rangeNames[s.range]}.`,
      ];
    case 'utf8':
      return [
        `"${s.char}" is ${formatCodePoint(s.codePoint)}; at that size UTF-8 uses ${utf8Pattern(s.codePoint)}.`,
        `${utf8ByteBits(s.bytes)} = ${hexBytes(s.bytes)}: ${s.bytes.length} byte${s.bytes.length === 1 ? '' : 's'}.`,
      ];
    case 'tuple':
      return s.view === 'client'
        ? [
            `getsockname() is the client's own end: the OS gave it port ${s.ephemeralPort}, the ephemeral one. getpeername() is the server, on the port it chose (${s.serverPort}).`,
          ]
        : [
            `accept() returns the client's address: the OS picked its port ${s.ephemeralPort}, the ephemeral one. ${s.serverPort} is the port the server chose with bind().`,
          ];
    case 'lesson':
      return [s.explanation];
    case 'ipv6-steps':
    case 'ipv6-kind':
    case 'ipv6-prefix':
      return quizIpv6.solution(s);
  }
}

/** The expected answer as a person reads it: a range by its name, an option with its text. */
function expectedText(q: Question): string {
  if (q.shape === 'range')
    return `${rangeNames[q.expected as PortRangeId]} (${(q.choices?.indexOf(q.expected) ?? 0) + 1})`;
  if (q.shape === 'option')
    return `${optionLabel(Number(q.expected) - 1)} ${q.choices?.[Number(q.expected) - 1] ?? ''}`;
  if (q.topic === 'ipv6') return quizIpv6.expected(q);
  return q.expected;
}

/** The Practice questions in words; Practice, exams and drills share them. */
const quizQuestions = { rangeNames, topicNames, prompt, solution, expectedText };

export type QuizQuestionWords = typeof quizQuestions;
export default quizQuestions;
