import quizQuestions from '../../i18n/es/quiz-questions.js';
import { defineWords } from '../tool.js';
import type { DrillWords } from './words.en.js';

const words: DrillWords = defineWords({
  title: 'Ronda',
  help: {
    summary:
      'Rondas con tiempo: preguntas tan rápido como respondas, una racha, respuestas correctas por minuto, tu mejor marca',
    details:
      'Rondas: binary, hex, subnet, port. Por tubería se lee una respuesta por línea de stdin hasta que se acaba el tiempo. Tu mejor marca la guarda la app (Práctica, tecla d).',
    options: { minutes: 'Cuánto dura la ronda, de 1 a 60 minutos (por defecto 2)' },
    examples: [
      'netlearn drill binary --minutes 2',
      'netlearn drill hex',
      'netlearn drill port --json < respuestas.txt',
    ],
  },
  topicNames: { binary: 'Binario', hex: 'Hexadecimal', subnet: 'Subredes', port: 'Rangos de puertos' },
  topicHints: {
    binary: 'direcciones a bits y al revés',
    hex: 'bytes a hexadecimal y al revés',
    subnet: 'red, broadcast, hosts, máscaras',
    port: 'en qué rango está un puerto',
  },
  kindNames: {
    'to-bits': 'dirección a binario',
    'to-decimal': 'binario a dirección',
    network: 'dirección de red',
    broadcast: 'dirección de broadcast',
    hosts: 'hosts utilizables',
    'prefix-to-mask': 'prefijo a máscara',
    'mask-to-prefix': 'máscara a prefijo',
    range: 'rango de puerto',
    'to-hex': 'byte a hexadecimal',
    'from-hex': 'hexadecimal a byte',
  },
  prompt: (q) => {
    if (q.topic !== 'hex') return quizQuestions.prompt(q);
    return q.kind === 'to-hex' ? `Escribí ${q.data.value} en hexadecimal.` : `¿Cuánto es 0x${q.data.hex} en decimal?`;
  },
  expectedText: (q) => (q.topic === 'hex' ? q.expected : quizQuestions.expectedText(q)),
  choose: 'Elegí una ronda; dura los minutos que elijas:',
  minutes: (p) => `${p.minutes} min`,
  right: 'Correcto',
  wrong: (p) => `Incorrecto, era ${p.expected}`,
  status: (p) => `Racha ${p.streak} · ${p.rate}/min · quedan ${p.left}`,
  timeUp: 'Se terminó el tiempo.',
  summary: (p) =>
    `${p.correct} de ${p.answered} correctas, ${p.rate} respuestas correctas por minuto, mejor racha ${p.bestStreak}.`,
  newBest: (p) =>
    p.before === undefined
      ? `Tu primera mejor marca: ${p.rate} por minuto.`
      : `Nueva mejor marca: ${p.rate} por minuto (antes ${p.before}).`,
  best: (p) => `Mejor marca: ${p.best} por minuto.`,
  endedEarly: 'La ronda terminó antes de tiempo: no cuenta para la mejor marca.',
  slowTitle: 'Las más lentas primero (segundos por respuesta):',
  slowRow: (p) => `${p.name}: ${p.seconds} s (${p.count})`,
  answerPlaceholder: 'tu respuesta y Enter',
  start: 'empezar',
  again: 'otra vez',
  topics: 'rondas',
  longer: 'más larga',
  shorter: 'más corta',
  answer: 'responder',
});

export default words;
