import { Text } from 'ink';
import { cleanup } from 'ink-testing-library';
import { PassThrough } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/app/dispatch.js';
import { homeMenu } from '../../src/app/home-menu.js';
import { screenFor } from '../../src/app/screens.js';
import { screenIds, tools } from '../../src/tools/index.js';
import {
  defineTool,
  defineWords,
  homeSections,
  type AnyTool,
  type CommandContext,
  type ScreenProps,
} from '../../src/tools/tool.js';
import { press, renderApp, waitForFrame } from '../helpers/render.js';

interface FakePayload {
  greeting: string;
}

/** What the fake tool reads of the machine: tests hand in their own answer. */
interface FakeSources {
  answer: () => number;
}

/** A tool's words as its `words.en.ts` would declare them. */
const fakeWords = defineWords({
  title: 'Fake tool',
  hint: 'A tool added by one registry entry',
  help: {
    summary: 'a command added by one registry entry',
    options: { times: 'How many times to say it', loud: 'Say it in capitals' },
    examples: ['netlearn fake --times 2'],
  },
  ran: (p: { answer: number }) => `the fake command ran, source says ${p.answer}`,
  screenLine: (p: { greeting: string; answer: number }) => `fake screen, ${p.greeting}, source says ${p.answer}`,
  noPayload: 'no payload',
});
const fakeWordsEs: typeof fakeWords = {
  title: 'Herramienta falsa',
  hint: 'Una herramienta que agrega una sola entrada',
  help: {
    summary: 'un comando que agrega una sola entrada',
    options: { times: 'Cuántas veces decirlo', loud: 'Decirlo en mayúsculas' },
    examples: ['netlearn fake --times 2'],
  },
  ran: (p) => `el comando falso corrió, la fuente dice ${p.answer}`,
  screenLine: (p) => `pantalla falsa, ${p.greeting}, la fuente dice ${p.answer}`,
  noPayload: 'sin carga',
};

const options = { times: { type: 'string' }, loud: { type: 'boolean' } } as const;

/** The types the fake tool's parts agree on, as a real tool's entry.ts names them. */
interface FakeTool {
  payload: FakePayload;
  sources: FakeSources;
  words: typeof fakeWords;
  options: typeof options;
}

/** The fake command, as its command.ts would be: typed flags, its words, its sources from the context. */
function runFake({ flags, words, sources, stdout }: CommandContext<FakeTool>): number {
  // Typed from the entry's options: a string, a boolean, each possibly absent.
  const times: number = Number(flags.times ?? '1');
  const loud: boolean = flags.loud ?? false;
  const line = words.ran({ answer: sources.answer() });
  for (let i = 0; i < times; i++) stdout.write(`${loud ? line.toUpperCase() : line}\n`);
  return 0;
}

/** The fake screen, as its screen.tsx would be. */
function FakeScreen({ payload, sources, words }: ScreenProps<FakeTool>) {
  return <Text>{words.screenLine({ greeting: payload?.greeting ?? words.noPayload, answer: sources.answer() })}</Text>;
}

/** A tool that exists only in this test: one entry in the registry and nothing else. */
const fake = defineTool<FakeTool>({
  id: 'fake',
  words: { en: async () => ({ default: fakeWords }), es: async () => ({ default: fakeWordsEs }) },
  home: { section: 'tools', key: 'f' },
  command: { name: 'fake', operands: '', minArgs: 0, maxArgs: 0, options, load: async () => ({ default: runFake }) },
  screen: async () => ({ default: FakeScreen }),
  sources: async () => ({ default: { answer: () => 42 } }),
});

const registry = tools as AnyTool[];
beforeAll(() => void registry.push(fake));
afterAll(() => void registry.splice(registry.indexOf(fake), 1));
afterEach(cleanup);

async function run(argv: string[], sources?: Record<string, unknown>): Promise<{ code: number; stdout: string }> {
  const stdout = new PassThrough();
  let text = '';
  stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const io = { stdin: new PassThrough(), stdout, stderr: new PassThrough(), env: { LANG: 'C' }, sources };
  const code = await dispatch(argv, io as unknown as Parameters<typeof dispatch>[1]);
  return { code, stdout: text };
}

describe('the registry is the one list of tools', () => {
  it('a new entry shows in --help and its command runs', async () => {
    expect((await run(['--help'])).stdout).toMatch(/fake\s+a command added by one registry entry/);
    expect(await run(['fake'])).toEqual({ code: 0, stdout: 'the fake command ran, source says 42\n' });
    const help = (await run(['help', 'fake'])).stdout;
    expect(help).toContain('netlearn fake: a command added by one registry entry');
    expect(help).toMatch(/--times <value>\s+How many times to say it/);
  });

  it("a new entry's command gets typed flags, its words in the user's language, and fake sources", async () => {
    const fakeSources: FakeSources = { answer: () => 7 };
    expect(await run(['fake', '--times', '2', '--loud', '--lang', 'es'], { fake: fakeSources })).toEqual({
      code: 0,
      stdout: 'EL COMANDO FALSO CORRIÓ, LA FUENTE DICE 7\n'.repeat(2),
    });
    expect((await run(['fake', '--lang', 'es', '--help'])).stdout).toContain('Cuántas veces decirlo');
  });

  it('a new entry shows in the home menu with its key, and the key opens its screen with its sources', async () => {
    expect(homeMenu().map((item) => item.tool.id)).toContain('fake');
    const app = renderApp('home');
    await waitForFrame(app, 'f Fake tool');
    await press(app, 'f', 'fake screen, no payload, source says 42');
    await press(app, '\t', 'pantalla falsa, sin carga, la fuente dice 42');
  });

  it('a new entry is in the screen table, and a lesson may name it', async () => {
    expect(screenFor('fake')).toBeDefined();
    expect(screenIds()).toContain('fake');
    const app = renderApp('fake', { payload: { greeting: 'hello' } satisfies FakePayload });
    await waitForFrame(app, 'fake screen, hello, source says 42');
  });
});

describe('the real registry', () => {
  it('gives every tool a unique id and every command a unique name', () => {
    const ids = registry.map((tool) => tool.id);
    const names = registry.flatMap((tool) => (tool.command ? [tool.command.name] : []));
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives every home entry its own key, none of them a key the shell or the menu already uses', () => {
    const keys = homeMenu().map((item) => item.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(['q', 'j', 'k'], key).not.toContain(key);
  });

  it('lists the home menu by section: learn, tools, live, practice', () => {
    const sections = homeMenu().map((item) => homeSections.indexOf(item.section));
    expect(sections).toEqual([...sections].sort((a, b) => a - b));
    expect(new Set(homeMenu().map((item) => item.section))).toEqual(new Set(homeSections));
  });
});
