import { describe, expect, it } from 'vitest';
import { tools } from '../../src/tools/index.js';
import { everyWord } from '../helpers/words.js';
import { standalone } from '../../src/i18n/standalone.js';

/*
 * The rule: a MESSAGE starts with a capital letter, in English and in Spanish. A message is text
 * that stands as its own sentence or line: a log or event line, a status line, an empty state,
 * feedback, a note or hint on its own line, a `--help` summary or option description.
 * Not messages, and left as they are: short labels (table headers, field names, footer keys),
 * fragments composed into a larger line, and text that opens with a literal (a command, code, an
 * identifier, an address, a number). After ¡ or ¿ the next letter is the capital, and in the chat a
 * server line's capital comes after its "* ".
 * Input errors stay lowercase in the dictionaries: the CLI prints them after "netlearn: error:" (the
 * Unix convention); a screen that shows one alone passes it through standalone(), tested in
 * test/tools/input-error-capital.test.tsx.
 */

/** The parts of the dictionary that are messages, walked whole (functions called with samples). */
const messageGroups = [
  // Every tool's help and home hint, where it has them.
  ...tools.flatMap((tool) => [
    ...(tool.command ? [`tools.${tool.id}.help`] : []),
    ...(tool.home ? [`tools.${tool.id}.hint`] : []),
  ]),
  'cli.tagline',
  'cli.noCommandHint',
  'cli.helpHint',
  'cli.globalOptions',
  'cli.errors.runtimeHint',
  'ui.home.title',
  'ui.tooSmall',
  'tools.lessons.list.resetQuestion',
  'tools.lessons.list.resetDone',
  'tools.lesson.reader.endHint',
  'tools.lesson.quiz',
  'tools.lesson.search',
  'progress',
  'tools.practice.questionHeader',
  'tools.practice.right',
  'tools.practice.wrong',
  'tools.practice.leadingZero',
  'tools.practice.empty',
  'tools.practice.score',
  'tools.practice.seedHint',
  'tools.practice.screen',
  'tools.exam.sampleNote',
  'tools.exam.introHow',
  'tools.exam.introStart',
  'tools.exam.timeLeft',
  'tools.exam.timeUp',
  'tools.exam.finished',
  'tools.exam.codeIntro',
  'tools.exam.codeNote',
  'tools.exam.gradeProblem',
  'tools.exam.gradeProblems',
  'tools.drill.choose',
  'tools.drill.right',
  'tools.drill.wrong',
  'tools.drill.status',
  'tools.drill.timeUp',
  'tools.drill.newBest',
  'tools.drill.best',
  'tools.drill.endedEarly',
  'tools.drill.slowTitle',
  'tools.demo.log',
  'tools.demo.diagram.none',
  'tools.demo.screen',
  'chat.wire',
  'tools.serve.log',
  'tools.serve.screen',
  'tools.chat.connected',
  'tools.chat.prompt',
  'tools.chat.closed',
  'tools.chat.connecting',
  'tools.check.diagnoses',
  'tools.check.plain',
  'tools.check.client',
  'tools.check.screen',
  'tools.check.judgement',
  'tools.port.overlap',
  'tools.port.screen',
  'tools.ip.screen.flipped',
  'tools.ip.v6.screen',
  'tools.ip.v6.kindHints',
  'tools.subnet.split.notPowerOfTwo',
  'tools.subnet.vlsm.classicNote',
  'tools.subnet.vlsm.noneUnused',
  'tools.subnet.screen.summary',
  'tools.subnet.sentence',
  'tools.subnet.v6.split',
  'tools.subnet.v6.contains',
  'tools.utf8.moreBytes',
  'tools.utf8.sameCount',
  'tools.utf8.decoded',
  'tools.host.lesson',
  'tools.host.screen',
  'tools.threads.noLossThisTime',
  'tools.threads.why',
  'tools.threads.lesson',
  'tools.threads.running',
  'tools.threads.slow.title',
  'tools.threads.slow.notes',
  'tools.threads.slow.switched',
  'tools.threads.slow.doneRacy',
  'tools.threads.slow.aside',
  'tools.families.intro',
  'tools.families.skipped',
  'tools.families.failed',
  'tools.families.tempRemoved',
  'tools.families.lesson',
  'tools.families.screen.running',
  'tools.sockets.states',
  'tools.sockets.noProc',
  'tools.sockets.none',
  'tools.sockets.watching',
  'sockets.panelEmpty',
  'tools.sockets.screenBadPort',
];

/** Inside those groups: what is not a message, and why. Any path with `.keys.` or `.examples` is skipped too. */
const exempt: Record<string, string> = {
  'tools.demo.help.options.family': 'opens with the literal value inet',
  'progress.prefix': 'the program name, "netlearn: warning:"',
  'tools.practice.screen.answerPlaceholder': 'a placeholder inside the answer field, not a line',
  'tools.practice.screen.choose': 'footer key label',
  'tools.practice.screen.answer': 'footer key label',
  'tools.practice.screen.next': 'footer key label',
  'tools.practice.screen.topics': 'footer key label',
  'tools.practice.screen.reset': 'footer key label',
  'tools.practice.screen.drill': 'footer key label',
  'tools.practice.screen.yes': 'footer key label',
  'tools.practice.screen.no': 'footer key label',
  'tools.demo.screen.you': 'fragment of an event-log line',
  'tools.demo.screen.accepted': 'fragment of an event-log line',
  'tools.demo.screen.connected': 'fragment of an event-log line',
  'tools.demo.screen.outside': 'fragment of an event-log line',
  'tools.demo.screen.closedBy': 'fragment of an event-log line',
  'tools.demo.screen.reset': 'fragment of an event-log line',
  'tools.demo.screen.bytes': 'fragment of an event-log line',
  'tools.demo.screen.listeningSockets': 'fragment of the header line, after " · "',
  'tools.demo.screen.autoplay': 'fragment of the header line, after " · "',
  'tools.demo.screen.selected': 'fragment of the header line',
  'tools.port.screen.placeholder': 'a placeholder inside the port field',
  'tools.port.screen.tryBindKey': 'footer key label',
  'tools.port.screen.editKey': 'footer key label',
  'tools.host.screen.openSubnet': 'footer key label',
  'tools.serve.log.stdoutClosed': 'opens with the program name, "netlearn:"',
  'tools.serve.screen.stopHint': 'opens with the key q',
  'tools.check.diagnoses.utf8-mojibake': 'opens with the character ñ itself, what the sentence is about',
  'tools.check.diagnoses.utf8-latin1': 'opens with the character ñ itself',
  'tools.check.diagnoses.client-utf8-latin1': 'opens with the character ñ itself',
  'tools.check.plain.sent': 'label before the bytes sent',
  'tools.check.plain.received': 'label before the bytes received',
  'tools.check.plain.lesson': 'composed in parentheses after the diagnosis',
  'tools.check.plain.unreachable': 'printed after "netlearn: error:"; the Check screen uses standalone()',
  'tools.check.plain.unreachableOther': 'printed after "netlearn: error:"; the Check screen uses standalone()',
  'tools.check.client.listening': 'opens with the program name, netlearn',
  'tools.check.screen.waiting': "a check's status cell in its list row",
  'tools.check.screen.running': "a check's status cell in its list row",
  'tools.check.screen.lessonKey': 'opens with the key l',
  'tools.sockets.states.SYN_SENT': 'opens with the call connect()',
};

/** Parameters every message function accepts: arrays where one is joined, a word where one is chosen. */
const samples: Record<string, unknown> = {
  choices: ['broadcast', 'utf8'],
  topics: ['binary', 'mask'],
  known: ['es', 'en'],
  tuples: ["('127.0.0.1', 5050)", "('127.0.0.1', 54321)"],
  ports: [5050],
  by: 'client',
  reason: 'quit',
  problem: 'nick-taken',
};

/** Sample parameters: known names from `samples`, anything else `fallback` (both branches of a choice). */
function params(fallback: string): object {
  return new Proxy({}, { get: (_, key) => (typeof key === 'string' && key in samples ? samples[key] : fallback) });
}

function walk(value: unknown, path: string, out: [string, string][]): void {
  if (path.includes('.keys.') || path.includes('.examples') || path in exempt) return;
  if (typeof value === 'string') out.push([path, value]);
  else if (typeof value === 'function')
    for (const fallback of ['42', '']) walk((value as (p: object) => unknown)(params(fallback)), path, out);
  else if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}.${index}`, out));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`, out);
}

function at(root: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], root);
}

/** The first letter, past an opening ¡ or ¿ or a chat server's "* "; undefined when text opens with no letter. */
function firstLetter(text: string): string | undefined {
  return /^(?:\* |[¡¿])?(\p{L})/u.exec(text)?.[1];
}

const words = { en: await everyWord('en'), es: await everyWord('es') };

describe('messages start with a capital letter', () => {
  for (const lang of ['en', 'es'] as const) {
    it(`in ${lang === 'en' ? 'English' : 'Spanish'}`, () => {
      const messages: [string, string][] = [];
      for (const group of messageGroups) {
        const node = at(words[lang], group);
        expect(node, `${group} is not in the dictionary`).toBeDefined();
        walk(node, group, messages);
      }
      expect(messages.length).toBeGreaterThan(250);
      const lowercase = messages.filter(([, text]) => {
        const letter = firstLetter(text);
        return letter !== undefined && letter !== letter.toUpperCase();
      });
      expect(lowercase.map(([path, text]) => `${path}: ${text}`)).toEqual([]);
    });
  }

  it('every exemption names a real entry', () => {
    for (const path of Object.keys(exempt)) expect(at(words.en, path), path).toBeDefined();
  });
});

describe('standalone(): a sentence shown on its own starts with a capital', () => {
  it.each([
    ['the prefix 33 is over 32.', 'The prefix 33 is over 32.'],
    ['el puerto "80000" es demasiado grande', 'El puerto "80000" es demasiado grande'],
    ['¿está corriendo?', '¿Está corriendo?'],
    ['ñandú', 'Ñandú'],
    ['"12345" is not a port', '"12345" is not a port'],
    ['--port 0 is not allowed', '--port 0 is not allowed'],
    ['Already capital.', 'Already capital.'],
    ['', ''],
  ])('%j → %j', (sentence, shown) => expect(standalone(sentence)).toBe(shown));
});
