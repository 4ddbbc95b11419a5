import type { QuizQuestionWords } from '../en/quiz-questions.js';
import type { PortRangeId } from '../../core/ports.js';
import { optionLabel } from '../../core/quiz/option-label.js';
import type { Question, Topic, WorkedSolution } from '../../core/quiz/question.js';
import { bitwiseRows, hexBytes, octetTable, utf8ByteBits, utf8Pattern } from '../../core/quiz/solution-rows.js';
import { formatCodePoint } from '../../core/utf8.js';
import quizIpv6 from './quiz-ipv6.js';

const rangeNames: Record<PortRangeId, string> = {
  'well-known': 'bien conocidos',
  registered: 'registrados',
  dynamic: 'dinámicos',
};

const topicNames: Record<Topic, string> = {
  binary: 'Dirección a binario',
  decimal: 'Binario a dirección',
  mask: 'Máscaras y prefijos',
  subnet: 'Red, broadcast, hosts',
  port: 'Rangos de puertos',
  utf8: 'Bytes de UTF-8',
  tuple: 'Puertos efímeros en tuplas',
  ipv6: quizIpv6.topicName,
  lessons: 'Preguntas de las lecciones',
};

/** The question in words; its topic (and a mask's kind) says which data it carries. */
function prompt(q: Question): string {
  const { topic, kind, data: d } = q;
  switch (topic) {
    case 'binary':
      return `Escribí ${d.address} en binario: 32 bits, con o sin puntos.`;
    case 'decimal':
      return `¿Qué dirección forman estos bits? ${d.bits}`;
    case 'mask':
      return kind === 'mask-to-prefix'
        ? `¿Qué longitud de prefijo tiene la máscara ${d.mask}?`
        : `Escribí la máscara de un /${d.prefix} en notación decimal con puntos.`;
    case 'subnet':
      if (d.ask === 'hosts') return `¿Cuántos hosts utilizables tiene la red de ${d.cidr}?`;
      return d.ask === 'broadcast'
        ? `¿Cuál es la dirección de broadcast de ${d.cidr}?`
        : `¿Cuál es la dirección de red de ${d.cidr}?`;
    case 'port':
      return `¿En qué rango está el puerto ${d.port}? 1 bien conocidos, 2 registrados, 3 dinámicos.`;
    case 'utf8':
      return d.ask === 'bytes'
        ? `¿Qué bytes codifican "${d.char}" en UTF-8? Escribilos en hexadecimal.`
        : `¿Cuántos bytes ocupa "${d.char}" en UTF-8?`;
    case 'tuple': {
      const [first, second] = d.tuples;
      const [one, two] = q.choices ?? [];
      const ask = `¿Cuál es el puerto efímero: 1 (${one}) o 2 (${two})?`;
      return d.view === 'client'
        ? `Un cliente en Python imprime s.getsockname() -> ${first} y s.getpeername() -> ${second}. ${ask}`
        : `Un servidor en Python hizo s.bind(${first}); accept() devolvió la dirección ${second}. ${ask}`;
    }
    case 'ipv6':
      return quizIpv6.prompt(q as Extract<Question, { topic: 'ipv6' }>);
    case 'lessons':
      return d.question;
  }
}

/** Los dos prefijos donde 2^h - 2 no vale, dichos donde aparecen. */
function smallPrefixNote(prefix: number): string[] {
  if (prefix === 31)
    return [
      'Una /31 es un enlace punto a punto (RFC 3021): sin dirección de red ni de broadcast, las dos direcciones son hosts.',
    ];
  if (prefix === 32)
    return ['Una /32 es una sola dirección: un solo host, como en una ruta de host o una regla de firewall.'];
  return [];
}

function solution(s: WorkedSolution): string[] {
  switch (s.type) {
    case 'octets':
      return ['Cada octeto son 8 bits; sumá los valores posicionales de sus unos:', ...octetTable(s.octets)];
    case 'mask':
      return [
        `/${s.prefix}: ${s.prefix} unos y después ${32 - s.prefix} ceros, leídos de a 8 bits:`,
        ...octetTable(s.octets),
        `= ${s.mask}`,
        ...smallPrefixNote(s.prefix),
      ];
    case 'bitwise':
      return s.operation === 'and'
        ? [
            'Dirección AND máscara conserva los bits de red y pone en 0 los de host:',
            ...bitwiseRows('and', s.rows),
            ...smallPrefixNote(s.prefix),
          ]
        : [`Dirección OR wildcard pone en 1 los ${32 - s.prefix} bits de host:`, ...bitwiseRows('or', s.rows)];
    case 'hosts':
      return [
        `${s.hostBits} bit${s.hostBits === 1 ? '' : 's'} de host: 2^${s.hostBits} = ${s.addresses} ${s.addresses === 1 ? 'dirección' : 'direcciones'}.`,
        s.prefix < 31 ? `Menos la dirección de red y la de broadcast: ${s.addresses} - 2 = ${s.hosts}.` : '',
        ...smallPrefixNote(s.prefix),
      ].filter(Boolean);
    case 'range':
      return [
        '0-1023 bien conocidos · 1024-49151 registrados · 49152-65535 dinámicos',
        `${s.port} está en ${s.start}-${s.end}: ${rangeNames[s.range]}.`,
      ];
    case 'utf8':
      return [
        `"${s.char}" es ${formatCodePoint(s.codePoint)}; a ese tamaño UTF-8 usa ${utf8Pattern(s.codePoint)}.`,
        `${utf8ByteBits(s.bytes)} = ${hexBytes(s.bytes)}: ${s.bytes.length} byte${s.bytes.length === 1 ? '' : 's'}.`,
      ];
    case 'tuple':
      return s.view === 'client'
        ? [
            `getsockname() es el extremo del propio cliente: el sistema le dio el puerto ${s.ephemeralPort}, el efímero. getpeername() es el servidor, en el puerto que eligió (${s.serverPort}).`,
          ]
        : [
            `accept() devuelve la dirección del cliente: el sistema eligió su puerto ${s.ephemeralPort}, el efímero. ${s.serverPort} es el puerto que el servidor eligió con bind().`,
          ];
    case 'lesson':
      return [s.explanation];
    case 'ipv6-steps':
    case 'ipv6-kind':
    case 'ipv6-prefix':
      return quizIpv6.solution(s);
  }
}

function expectedText(q: Question): string {
  if (q.shape === 'range')
    return `${rangeNames[q.expected as PortRangeId]} (${(q.choices?.indexOf(q.expected) ?? 0) + 1})`;
  if (q.shape === 'option')
    return `${optionLabel(Number(q.expected) - 1)} ${q.choices?.[Number(q.expected) - 1] ?? ''}`;
  if (q.topic === 'ipv6') return quizIpv6.expected(q);
  return q.expected;
}

/** Las preguntas de práctica en palabras; las comparten la práctica, los exámenes y las rondas. */
const quizQuestions: QuizQuestionWords = { rangeNames, topicNames, prompt, solution, expectedText };

export default quizQuestions;
