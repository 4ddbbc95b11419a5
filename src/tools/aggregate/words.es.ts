import type { AggregateWords } from './words.en.js';

const help: AggregateWords['help'] = {
  summary: 'Une redes contiguas y superpuestas en la menor cantidad de bloques (argumentos o stdin)',
  options: {},
  examples: ['netlearn aggregate 10.0.0.0/25 10.0.0.128/25 10.0.1.0/24', 'cat redes.txt | netlearn aggregate --json'],
};

const words: AggregateWords = {
  title: help.summary,
  help,
  absorbed: (p) => `  absorbió ${p.list}`,
  summary: (p) =>
    `${p.inputs} ${p.inputs === 1 ? 'red' : 'redes'} de entrada, ${p.blocks} ${p.blocks === 1 ? 'bloque' : 'bloques'} de salida.`,
};

export default words;
