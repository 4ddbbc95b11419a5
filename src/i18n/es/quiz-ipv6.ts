import type en from '../en/quiz-ipv6.js';
import ipv6 from './ipv6.js';

const quizIpv6: typeof en = {
  topicName: 'IPv6: formas, tipos, prefijos',
  prompt: (q) => {
    const d = q.data;
    switch (d.ask) {
      case 'compress':
        return `Escribí ${d.address} en su forma corta (RFC 5952).`;
      case 'expand':
        return `Escribí ${d.address} completa: 8 grupos de 4 dígitos hexa.`;
      case 'kind': {
        const list = (q.choices ?? []).map((kind, i) => `${i + 1} ${ipv6.kinds[kind as keyof typeof ipv6.kinds]}`);
        return `¿Qué tipo de dirección es ${d.address}? ${list.join(', ')}.`;
      }
      case 'prefix-count':
        return `¿Cuántas redes /${d.inner} entran en un /${d.outer}?`;
    }
  },
  expected: (q) =>
    q.data.ask === 'kind'
      ? `${ipv6.kinds[q.expected as keyof typeof ipv6.kinds]} (${(q.choices?.indexOf(q.expected) ?? 0) + 1})`
      : q.expected,
  solution: (s) => {
    switch (s.type) {
      case 'ipv6-steps':
        return [
          `Completa: ${s.expanded}`,
          `Sin ceros a la izquierda: ${s.trimmed}`,
          s.mapped
            ? `IPv4 mapeada: los últimos 32 bits quedan con puntos: ${s.canonical}`
            : s.run
              ? `La racha de ceros más larga (grupos ${s.run.start + 1}-${s.run.start + s.run.length}) pasa a ser "::": ${s.canonical}`
              : `No hay dos grupos en cero seguidos, así que no va "::": ${s.canonical}`,
        ];
      case 'ipv6-kind':
        return [
          `${s.block === '' ? 'Fuera de todo bloque especial' : `Dentro de ${s.block}`} (${s.rfc}): ${ipv6.kinds[s.kind as keyof typeof ipv6.kinds]}.`,
        ];
      case 'ipv6-prefix':
        return [`/${s.inner} - /${s.outer} = ${s.bits} bits más de red: 2^${s.bits} = ${s.count}.`];
    }
  },
};

export default quizIpv6;
