import { Text } from 'ink';
import { cleanup } from 'ink-testing-library';
import { PassThrough } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/app/dispatch.js';
import { homeMenu } from '../../src/app/home-menu.js';
import { screenFor } from '../../src/app/screens.js';
import { screenIds, tools } from '../../src/tools/index.js';
import { defineTool, homeSections, type AnyTool, type ScreenProps } from '../../src/tools/tool.js';
import { press, renderApp, waitForFrame } from '../helpers/render.js';

interface FakePayload {
  greeting: string;
}

/** A tool that exists only in this test: one entry in the registry and nothing else. */
const fake = defineTool<FakePayload, { answer: () => number }>({
  id: 'fake',
  title: () => 'Fake tool',
  hint: () => 'A tool added by one registry entry',
  home: { section: 'tools', key: 'f' },
  command: {
    name: 'fake',
    words: () => ({ summary: 'a command added by one registry entry', options: {}, examples: ['netlearn fake'] }),
    operands: '',
    minArgs: 0,
    maxArgs: 0,
    options: {},
    load: async () => ({ default: ({ stdout }) => void stdout.write('the fake command ran\n') }),
  },
  screen: async () => ({
    default: ({ payload, sources }: ScreenProps<FakePayload, { answer: () => number }>) => (
      <Text>
        fake screen, {payload?.greeting ?? 'no payload'}, source says {sources.answer()}
      </Text>
    ),
  }),
  sources: async () => ({ default: { answer: () => 42 } }),
});

const registry = tools as AnyTool[];
beforeAll(() => void registry.push(fake));
afterAll(() => void registry.splice(registry.indexOf(fake), 1));
afterEach(cleanup);

async function run(argv: string[]): Promise<{ code: number; stdout: string }> {
  const stdout = new PassThrough();
  let text = '';
  stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const io = { stdin: new PassThrough(), stdout, stderr: new PassThrough(), env: { LANG: 'C' } };
  const code = await dispatch(argv, io as unknown as Parameters<typeof dispatch>[1]);
  return { code, stdout: text };
}

describe('the registry is the one list of tools', () => {
  it('a new entry shows in --help and its command runs', async () => {
    expect((await run(['--help'])).stdout).toMatch(/fake\s+a command added by one registry entry/);
    expect(await run(['fake'])).toEqual({ code: 0, stdout: 'the fake command ran\n' });
    expect((await run(['help', 'fake'])).stdout).toContain('netlearn fake: a command added by one registry entry');
  });

  it('a new entry shows in the home menu with its key, and the key opens its screen with its sources', async () => {
    expect(homeMenu().map((item) => item.tool.id)).toContain('fake');
    const app = renderApp('home');
    await waitForFrame(app, 'f Fake tool');
    await press(app, 'f', 'fake screen, no payload, source says 42');
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
