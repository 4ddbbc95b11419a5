import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pythonTuple } from '../../../src/core/address-tuple.js';
import { formatIPv4, ipv4Binary, maskToPrefix, parseIPv4, prefixToMask } from '../../../src/core/ipv4.js';
import { portRange } from '../../../src/core/ports.js';
import { checkAnswer } from '../../../src/core/quiz/check-answer.js';
import { generatedTopics, type QuestionOfTopic } from '../../../src/core/quiz/question.js';
import { createRandom } from '../../../src/core/quiz/random.js';
import { emptyLeitner } from '../../../src/core/quiz/leitner.js';
import { makeQuestion, nextQuestion, noLessons, quizQuestions, type Asked } from '../../../src/core/quiz/topics.js';
import enQuiz from '../../../src/tools/practice/words.en.js';
import esQuiz from '../../../src/tools/practice/words.es.js';
import { subnetModel } from '../../../src/core/subnet.js';
import { utf8Model } from '../../../src/core/utf8.js';

const seeds = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });

type Generated = (typeof generatedTopics)[number];

function questionsOf<T extends Generated>(topic: T, seed: number, count = 5): QuestionOfTopic<T>[] {
  const questions = [...quizQuestions(createRandom(seed), topic, noLessons, count)];
  const ofTopic = questions.filter((q): q is QuestionOfTopic<T> => q.topic === topic);
  expect(ofTopic).toHaveLength(count);
  return ofTopic;
}

describe('generated questions', () => {
  it('the same seed gives the same questions', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const first = [...quizQuestions(createRandom(seed), undefined, noLessons, 20)];
        const second = [...quizQuestions(createRandom(seed), undefined, noLessons, 20)];
        expect(second).toEqual(first);
      }),
      { numRuns: 50 },
    );
  });

  it('seed 42 always starts with the same questions', () => {
    const [first, second] = quizQuestions(createRandom(42), undefined, noLessons, 2);
    expect(first!.topic).toBe('utf8');
    expect(first!.data).toEqual({ char: 'あ', ask: 'bytes' });
    expect(first!.expected).toBe('e3 81 82');
    expect(second!.data).toEqual({ port: 228 });
    const [binary] = quizQuestions(createRandom(42), 'binary', noLessons, 1);
    expect(binary!.data).toEqual({ address: '163.213.244.146' });
  });

  it("binary: the expected bits are the core converter's", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        for (const q of questionsOf('binary', seed)) expect(q.expected).toBe(ipv4Binary(parseIPv4(q.data.address)));
      }),
    );
  });

  it('decimal: the expected address is the one the bits spell', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        for (const q of questionsOf('decimal', seed)) expect(q.expected).toBe(formatIPv4(parseIPv4(q.data.bits)));
      }),
    );
  });

  it('mask: prefix and mask agree with the core', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        for (const q of questionsOf('mask', seed)) {
          if (q.kind === 'prefix-to-mask') expect(q.expected).toBe(formatIPv4(prefixToMask(q.data.prefix)));
          else expect(q.expected).toBe(String(maskToPrefix(parseIPv4(q.data.mask))));
        }
      }),
    );
  });

  it('subnet: network, broadcast and hosts agree with subnetModel', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        for (const q of questionsOf('subnet', seed)) {
          const model = subnetModel(q.data.cidr);
          const answers = { network: model.network, broadcast: model.broadcast, hosts: String(model.hosts) };
          const expected = answers[q.data.ask];
          expect(q.expected).toBe(expected);
        }
      }),
    );
  });

  it("port: the expected range is portRange's", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        for (const q of questionsOf('port', seed)) expect(q.expected).toBe(portRange(q.data.port).range);
      }),
    );
  });

  it("utf8: the byte count and bytes are utf8Model's, and Node's encoder agrees", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        for (const q of questionsOf('utf8', seed)) {
          const model = utf8Model(q.data.char);
          const buffer = Buffer.from(q.data.char, 'utf8');
          expect(model.hex.replace(/ /g, '')).toBe(buffer.toString('hex'));
          expect(q.expected).toBe(q.data.ask === 'count' ? String(model.byteCount) : model.hex);
        }
      }),
    );
  });

  it("tuple: the ephemeral port is the client's, printed as Python prints it", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        for (const q of questionsOf('tuple', seed)) {
          const tuples = q.data.tuples;
          const clientTuple = q.data.view === 'server' ? tuples[1]! : tuples[0]!;
          expect(clientTuple).toMatch(new RegExp(`, ${q.expected}(, 0, 0)?\\)$`));
          expect(Number(q.expected)).toBeGreaterThanOrEqual(32_768);
        }
      }),
    );
    expect(pythonTuple({ address: '127.0.0.1', port: 51_234, family: 'IPv4' })).toBe("('127.0.0.1', 51234)");
  });

  it('binary and decimal with one seed ask about different addresses, so neither gives the other away', () => {
    for (let seed = 0; seed < 200; seed++) {
      const decimalAddresses = [...quizQuestions(createRandom(seed), 'decimal', noLessons, 10)].map((q) => q.expected);
      const binaryAddresses = [...quizQuestions(createRandom(seed), 'binary', noLessons, 10)].map((q) =>
        q.topic === 'binary' ? q.data.address : '',
      );
      expect(binaryAddresses.filter((address) => decimalAddresses.includes(address))).toEqual([]);
    }
  });

  it('tuple: the client port is one Linux hands out by default (ip_local_port_range 32768-60999)', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        for (const q of questionsOf('tuple', seed)) expect(Number(q.expected)).toBeLessThanOrEqual(60_999);
      }),
    );
  });

  it('every question accepts its own expected answer', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        for (const q of quizQuestions(createRandom(seed), undefined, noLessons, 20))
          expect(checkAnswer(q, q.expected).correct).toBe(true);
      }),
    );
  });

  it('a named kind is the kind asked', () => {
    const random = createRandom(1);
    expect(makeQuestion(random, 'mask', noLessons, 'mask-to-prefix').data).toHaveProperty('mask');
    const subnet = makeQuestion(random, 'subnet', noLessons, 'hosts');
    expect(subnet.topic === 'subnet' && subnet.data.ask).toBe('hosts');
    const utf8 = makeQuestion(random, 'utf8', noLessons, 'bytes');
    expect(utf8.topic === 'utf8' && utf8.data.ask).toBe('bytes');
  });

  it("lessons: a check question's expected answer is its right option's number", () => {
    const source = {
      lessons: [
        {
          lesson: 'ipv4',
          id: 'ipv4-bits',
          question: 'How many bits?',
          options: ['4', '8', '32'],
          answer: 2,
          explanation: 'Four octets.',
        },
      ],
    };
    const q = makeQuestion(createRandom(3), 'lessons', source);
    expect(q.expected).toBe('3');
    expect(checkAnswer(q, '3').correct).toBe(true);
    expect(checkAnswer(q, '32').correct).toBe(true);
    expect(checkAnswer(q, '1').correct).toBe(false);
  });
});

describe('a topic is drawn without repeats until its pool is used up', () => {
  const checks = Array.from({ length: 7 }, (_, i) => ({
    lesson: 'ipv4',
    id: `q${i}`,
    question: `Question ${i}?`,
    options: ['a', 'b', 'c'],
    answer: i % 3,
    explanation: 'Because.',
  }));

  it('the lessons topic asks every question once before any comes back', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const ids = [...quizQuestions(createRandom(seed), 'lessons', { lessons: checks }, 14)].map((q) => q.kind);
        expect(new Set(ids.slice(0, 7)).size).toBe(7);
        expect(new Set(ids.slice(7)).size).toBe(7);
      }),
    );
  });

  it('a generated topic repeats no question while new ones are left (masks: 25 prefixes x 2 kinds)', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const asked = [...quizQuestions(createRandom(seed), 'mask', noLessons, 30)].map(
          (q) => `${q.kind} ${JSON.stringify(q.data)}`,
        );
        expect(new Set(asked).size).toBe(asked.length);
      }),
      { numRuns: 50 },
    );
  });

  it('the practice screen draws lesson questions without repeats too', () => {
    const source = { lessons: checks };
    const random = createRandom(7);
    const asked: Asked = new Map();
    const ids = Array.from({ length: 7 }, () => nextQuestion(random, emptyLeitner(), 'lessons', source, asked).kind);
    expect(new Set(ids).size).toBe(7);
  });
});

describe('/31 and /32 come up now and then, with the RFC 3021 note in the worked answer', () => {
  it('masks and subnets reach /31 and /32; a broadcast question never does', () => {
    const prefixes = new Set<number>();
    for (let seed = 0; seed < 300; seed++) {
      for (const q of questionsOf('mask', seed, 2)) prefixes.add(q.solution.type === 'mask' ? q.solution.prefix : 0);
      for (const q of questionsOf('subnet', seed, 2)) {
        const prefix = Number(q.data.cidr.split('/')[1]);
        if (q.data.ask === 'broadcast') expect(prefix).toBeLessThanOrEqual(30);
        prefixes.add(prefix);
      }
    }
    expect(prefixes).toContain(31);
    expect(prefixes).toContain(32);
  });

  it('the worked answer of a /31 cites RFC 3021 and counts 2 hosts; a /32 counts 1', () => {
    const hosts = (prefix: number, hostBits: number, addresses: number, count: number) =>
      ({ type: 'hosts', prefix, hostBits, addresses, hosts: count }) as const;
    for (const dictionary of [enQuiz, esQuiz]) {
      const slash31 = dictionary.solution(hosts(31, 1, 2, 2)).join('\n');
      expect(slash31).toContain('RFC 3021');
      expect(slash31).not.toContain('- 2 =');
      expect(dictionary.solution(hosts(32, 0, 1, 1)).join('\n')).toContain('/32');
      expect(dictionary.solution(hosts(24, 8, 256, 254)).join('\n')).toContain('256 - 2 = 254');
    }
  });
});

describe('a question that takes a choice number shows its choices', () => {
  it('the address-tuple prompt lists both ports with their numbers, in both languages', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        for (const q of questionsOf('tuple', seed, 3)) {
          const [one, two] = q.choices!;
          for (const dictionary of [enQuiz, esQuiz]) {
            const prompt = dictionary.prompt(q);
            expect(prompt).toContain(`1 (${one})`);
            expect(prompt).toContain(`2 (${two})`);
          }
          expect(checkAnswer(q, String(q.choices!.indexOf(q.expected) + 1)).correct).toBe(true);
        }
      }),
      { numRuns: 50 },
    );
  });
});
