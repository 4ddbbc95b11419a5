import { connect, type Socket } from 'node:net';
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, test } from 'vitest';
import { checkResult } from '../../src/core/check/result.js';
import type { Lang } from '../../src/core/language.js';
import { DemoServer, type DemoServerOptions } from '../../src/net/demo-server.js';
import { ChatServer, type ChatServerOptions } from '../../src/net/chat-server.js';
import chatSources from '../../src/tools/chat/sources.js';
import type { CheckSources } from '../../src/tools/check/sources.js';
import demoSources from '../../src/tools/demo/sources.js';
import { screenIds } from '../../src/tools/index.js';
import portSources from '../../src/tools/port/sources.js';
import { sweptRoom } from '../helpers/class-room.js';
import { refusedChat } from '../helpers/fake-chat.js';
import { quietMachine } from '../helpers/fake-sockets.js';
import { keys } from '../helpers/keys.js';
import { pause, settled } from '../helpers/settled.js';
import { everyWord } from '../helpers/words.js';
import { judged } from '../helpers/check-run.js';
import { press, renderApp, waitForFrame, type Rendered } from '../helpers/render.js';

/**
 * Tab switches the language of everything on screen at once: after Tab, a screen shows what the
 * same screen in the same state shows when opened in that language, with no word of the other one
 * left over (an error, a notice, a log line, a result worded when it happened and kept as text).
 */

afterEach(cleanup);

/** Words of three letters or more, lower-cased, from tokens with no digit or slash (times, ports, paths). */
function words(text: string): Set<string> {
  const tokens = text.split(/\s+/).filter((token) => !/[\d/]/.test(token));
  return new Set(tokens.flatMap((token) => token.match(/\p{L}{3,}/gu) ?? []).map((word) => word.toLowerCase()));
}

/** Every word a dictionary can show: its strings, and what its functions say for a few sample values. */
async function dictionaryWords(lang: Lang): Promise<Set<string>> {
  const found = new Set<string>();
  const samples: unknown[] = [
    new Proxy({}, { get: (_, key) => (key === 'ports' ? [1, 2] : 'x') }),
    new Proxy({}, { get: (_, key) => (key === 'ports' ? [1] : 1) }),
    new Proxy({}, { get: (_, key) => (key === 'ports' ? [1, 2] : 2) }),
    new Proxy({}, { get: () => true }),
    new Proxy({}, { get: () => false }),
  ];
  const walk = (value: unknown, depth: number) => {
    if (depth > 8) return;
    if (typeof value === 'string') for (const word of words(value)) found.add(word);
    else if (typeof value === 'function') {
      for (const sample of samples) {
        try {
          walk((value as (p: unknown) => unknown)(sample), depth + 1);
        } catch {
          // A sample that doesn't fit this function's parameters: the others will.
        }
      }
    } else if (value && typeof value === 'object') for (const inner of Object.values(value)) walk(inner, depth + 1);
  };
  walk(await everyWord(lang), 0);
  return found;
}

const en = await dictionaryWords('en');
const es = await dictionaryWords('es');
/** Words only one language uses: one of them on screen after Tab to the other is a leftover. */
const onlyIn: Record<Lang, Set<string>> = {
  en: new Set([...en].filter((word) => !es.has(word))),
  es: new Set([...es].filter((word) => !en.has(word))),
};

const clear = keys.backspace.repeat(40);

/**
 * Keys to type; keys and a frame to wait for (on a loaded machine a quiet moment is not proof the keys
 * were handled); or something to do to the app.
 */
type Step = string | readonly [string, RegExp] | ((rendered: Rendered) => Promise<void>);

interface Case {
  /** What the test is called, when a screen has more than one. */
  name?: string;
  screen: string;
  /** Keys typed in turn once the screen shows, each followed by a pause until the frame settles. */
  steps?: readonly Step[];
  /**
   * Whether the same steps always end in the same frame. When not (times, ports, a random exercise),
   * only the words are compared.
   */
  deterministic: boolean;
  payload?: unknown;
}

// A check run that finds one pass, one failure and one skip, the same every time.
const fakeCheck: CheckSources = {
  run: async (_request, events) => {
    const results = [
      checkResult('connect', { status: 'pass', reason: 'pass', sent: '', received: 'hi\n' }, 3),
      checkResult('broadcast', { status: 'fail', reason: 'broadcast-sender-only', sent: 'hola\n', received: '' }, 40),
      checkResult('concurrent', { status: 'skip', reason: 'timeout', sent: '', received: '' }, 1),
    ];
    for (const result of results) {
      events.started?.(result.id as never);
      events.finished?.(result);
    }
    return judged(results);
  },
  runClient: async () => [],
  readProfile: () => '',
};

const fakeSources = {
  serve: { ...chatSources, createServer: (options: ChatServerOptions) => new ChatServer({ ...options, port: 0 }) },
  demo: { ...demoSources, createServer: (options: DemoServerOptions) => new DemoServer({ ...options, port: 0 }) },
  check: fakeCheck,
  port: { ...portSources, tryBind: async (port: number) => ({ result: 'in-use', code: 'EADDRINUSE', port }) as const },
  chat: refusedChat,
  sockets: quietMachine,
  class: sweptRoom(4).sources,
};

/** The port a screen names in its "nc 127.0.0.1 PORT" line. */
function portOnScreen(rendered: Rendered): number {
  const port = Number(/127\.0\.0\.1 (\d+)/.exec(rendered.lastFrame() ?? '')?.[1]);
  if (!port) throw new Error(`no port on screen:\n${rendered.lastFrame()}`);
  return port;
}

/** An outside client (as nc would be) on the screen's port: it sends `lines`, then stays `ms` or for good. */
function outsideClient(lines: string, ms?: number) {
  return (rendered: Rendered) =>
    new Promise<void>((resolve, reject) => {
      const socket = connect(portOnScreen(rendered), '127.0.0.1', () => {
        socket.write(lines);
        resolve();
        if (ms !== undefined) setTimeout(() => socket.destroy(), ms);
        else outside.push(socket);
      });
      socket.on('error', reject);
    });
}
const outside: Socket[] = [];
afterEach(() => {
  for (const socket of outside.splice(0)) socket.destroy();
});

const cases: Case[] = [
  { screen: 'home', steps: [keys.down, keys.down], deterministic: true },
  { screen: 'lessons', steps: [keys.down], deterministic: true },
  { name: 'progress reset', screen: 'lessons', steps: ['R', 'y'], deterministic: true },
  { screen: 'lesson', deterministic: true },
  { name: 'a bad address', screen: 'ip', steps: [clear, '300.1.2.3'], deterministic: true },
  { name: 'a flipped bit', screen: 'ip', steps: [keys.enter, keys.right, keys.space], deterministic: true },
  {
    name: 'an IPv6 bit flipped',
    screen: 'ip',
    steps: [
      [clear + '2001:db8::1', / 2001:db8::1$/m],
      [keys.enter, /←→/],
      [keys.space, /a001/],
    ],
    deterministic: true,
  },
  { name: 'an IPv6 network', screen: 'subnet', steps: [clear, '2001:db8::/48'], deterministic: true },
  { name: 'a bad network', screen: 'subnet', steps: [clear, '10.0.0.0/40'], deterministic: true },
  { name: 'a split', screen: 'subnet', steps: [clear, '10.0.0.0/24'], deterministic: true },
  { name: 'a bad port', screen: 'port', steps: [clear, '70000'], deterministic: true },
  { name: 'a trial bind', screen: 'port', steps: [clear, '5050', keys.enter], deterministic: true },
  { screen: 'utf8', steps: ['¡Hola ñandú!'], deterministic: true },
  { screen: 'host', steps: [keys.down, keys.down], deterministic: true },
  {
    name: 'slow motion, a few steps',
    screen: 'threads',
    steps: [keys.right, keys.right, keys.right],
    deterministic: true,
  },
  { name: 'slow motion with the lock', screen: 'threads', steps: ['l', keys.right, keys.right], deterministic: true },
  { name: 'at full speed', screen: 'threads', steps: ['f'], deterministic: false },
  { screen: 'families', deterministic: false },
  { name: 'send with no client', screen: 'demo', steps: ['s'], deterministic: false },
  {
    name: 'clients, a message, a refusal',
    screen: 'demo',
    steps: ['a', 'a', 's', 'hola', keys.enter, 'r', 'a'],
    deterministic: false,
  },
  { name: 'an outside client closed by d', screen: 'demo', steps: [outsideClient(''), 'd'], deterministic: false },
  { screen: 'serve', steps: [outsideClient('/nick ana\nhola\n', 300)], deterministic: false },
  { screen: 'chat', deterministic: true },
  { name: 'a bad port', screen: 'sockets', steps: ['port 80'], deterministic: true },
  { name: 'the watch', screen: 'sockets', deterministic: true },
  { name: 'a bad port', screen: 'check', steps: [keys.down, clear, '99999', keys.enter], deterministic: true },
  { name: 'results', screen: 'check', steps: [keys.enter, keys.down, keys.enter], deterministic: true },
  { screen: 'practice', steps: ['1'], deterministic: false },
  {
    name: 'mid-exam, an answer typed',
    screen: 'exam',
    steps: [keys.enter, '42', keys.enter, '7'],
    deterministic: false,
  },
  {
    name: 'the completion code',
    screen: 'exam',
    steps: [keys.enter, keys.enter, keys.enter, keys.enter, keys.enter],
    deterministic: false,
  },
  { name: 'a student opened', screen: 'class', steps: [keys.enter, keys.down, keys.enter], deterministic: true },
  { name: 'mid-drill', screen: 'drill', steps: [keys.enter, '1', keys.enter], deterministic: false },
];

/** Types keys and waits (a while, not for ever: some keys change nothing) for the frame to answer. */
async function typed(rendered: Rendered, input: string) {
  const before = rendered.lastFrame();
  rendered.stdin.write(input);
  for (let waited = 0; waited < 2000 && rendered.lastFrame() === before; waited += 20) await pause(20);
}

/** Opens the screen in one language and brings it to the case's state. */
async function reach(entry: Case, lang: Lang): Promise<Rendered> {
  const rendered = renderApp(entry.screen, { lang, fakeSources, payload: entry.payload });
  await settled(rendered);
  for (const step of entry.steps ?? []) {
    if (typeof step === 'string') await typed(rendered, step);
    else if (typeof step === 'function') await step(rendered);
    else await press(rendered, step[0], step[1]);
    await settled(rendered);
  }
  return rendered;
}

/** The frame without trailing spaces (Ink pads rows). */
const tidy = (frame: string) =>
  frame
    .split('\n')
    .map((row) => row.trimEnd())
    .join('\n');

test('every screen in the registry is tried', () => {
  expect(new Set(cases.map((entry) => entry.screen))).toEqual(new Set(['home', ...screenIds()]));
});

/** One direction: Tab from `from` to `to`, and the same state opened fresh in `to`, side by side. */
async function tabbed(entry: Case, from: Lang, to: Lang) {
  const [switched, fresh] = await Promise.all([reach(entry, from), reach(entry, to)]);
  switched.stdin.write(keys.tab);
  // On a loaded machine the switch can take longer than the pause that calls a frame settled.
  await waitForFrame(switched, (frame) => frame.split('\n')[0]!.includes(`[${to.toUpperCase()}]`));
  const [after, expected] = await Promise.all([settled(switched), settled(fresh)]);
  switched.unmount();
  fresh.unmount();
  const leftover = [...words(after)].filter((word) => onlyIn[from].has(word) && !words(expected).has(word));
  return { from, to, after, expected, leftover };
}

describe.each(cases.map((entry) => [entry.name ? `${entry.screen}: ${entry.name}` : entry.screen, entry] as const))(
  '%s',
  (_, entry) => {
    test('en then Tab, and es then Tab: the same screen as opened in the other language, no word left over', async () => {
      // Both directions at once: four apps, each as in its own terminal.
      const runs = await Promise.all([tabbed(entry, 'en', 'es'), tabbed(entry, 'es', 'en')]);
      for (const { from, to, after, expected, leftover } of runs) {
        expect(leftover, `${from} -> ${to}:\n${after}`).toEqual([]);
        if (entry.deterministic) expect(tidy(after), `${from} -> ${to}`).toBe(tidy(expected));
      }
    }, 60_000);
  },
);

test('the demo on auto-play: a client that greets after Tab greets in the new language', async () => {
  const rendered = renderApp('demo', { lang: 'en', fakeSources });
  await waitForFrame(rendered, /nc 127\.0\.0\.1 \d+/);
  rendered.stdin.write('p');
  await waitForFrame(rendered, /#1 /);
  rendered.stdin.write(keys.tab);
  // The scene's first greeting comes a step after its client connects: by then the app speaks Spanish.
  await waitForFrame(rendered, 'Soy el cliente 1', 20_000);
  expect(rendered.lastFrame()).not.toContain('I am client');
  rendered.unmount();
}, 30_000);
