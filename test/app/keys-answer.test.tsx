import { cleanup } from 'ink-testing-library';
import { stripVTControlCharacters } from 'node:util';
import { createElement } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Lang } from '../../src/core/language.js';
import type { RunResult } from '../../src/core/race.js';
import { ChatServer, type ChatServerOptions } from '../../src/net/chat-server.js';
import type { RaceOptions } from '../../src/threads/race.js';
import chatSources from '../../src/tools/chat/sources.js';
import { screenIds } from '../../src/tools/index.js';
import { playRace, racyOrder } from '../../src/core/race-steps.js';
import type { Binding } from '../../src/ui/keymap.js';
import en from '../../src/i18n/en/index.js';
import { sweptRoom } from '../helpers/class-room.js';
import { refusedChat } from '../helpers/fake-chat.js';
import { quietMachine } from '../helpers/fake-sockets.js';
import { keys } from '../helpers/keys.js';
import { pause, settled } from '../helpers/settled.js';
import { renderApp, resize, waitForFrame, type Rendered } from '../helpers/render.js';

/**
 * Every key a screen's footer offers answers: pressed in a fresh app, it changes what the screen
 * shows (or where the app is). A key that would do nothing right now must not be offered.
 */

// A cursor or a highlight may be drawn in colour only: frames keep their colours, so it counts.
vi.hoisted(() => {
  process.env.FORCE_COLOR = '1';
});

// The footer's bindings, read from the component the shell hands them to (one app per stdout).
const offered = vi.hoisted(() => new WeakMap<object, readonly Binding[]>());
vi.mock('../../src/ui/components/Footer.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/ui/components/Footer.js')>();
  const { useStdout } = await import('ink');
  type Props = Parameters<typeof original.default>[0];
  return {
    default: function RecordedFooter(props: Props) {
      offered.set(useStdout().stdout, props.bindings);
      return createElement(original.default, props);
    },
  };
});

afterEach(cleanup);

/** What a terminal sends for a binding's key name. */
function sequence(name: string): string {
  const named: Record<string, string> = {
    up: keys.up,
    down: keys.down,
    left: keys.left,
    right: keys.right,
    pageup: keys.pageUp,
    pagedown: keys.pageDown,
    home: keys.home,
    end: keys.end,
    enter: keys.enter,
    escape: keys.escape,
    tab: keys.tab,
    backspace: keys.backspace,
    space: keys.space,
  };
  return named[name] ?? name;
}

// The chat server from the home menu would take port 5050: here each one takes a free port.
const serveSources = {
  ...chatSources,
  createServer: (options: ChatServerOptions) => new ChatServer({ ...options, port: 0 }),
};

/** A race that finishes at once, so the full-speed view settles without four busy threads. */
function quickRace({ workers, increments, locked }: RaceOptions) {
  const result: RunResult = { result: locked ? workers * increments : workers * increments - 7, ms: 12 };
  return {
    done: pause(30).then(() => result),
    counter: () => result.result,
    progress: () => Array<number>(workers).fill(increments),
    stop: async () => {},
  };
}
const threadsSources = {
  startRace: quickRace,
  runRace: async () => quickRace({ workers: 1, increments: 1, locked: false }).done,
};

interface Case {
  /** Screen id, and what the state is called. */
  screen: string;
  state?: string;
  payload?: unknown;
  /** Keys pressed, each waited on until its frame, to reach the state. */
  steps?: string[];
  /** How long the frame must stay still before a key: the demo lights a new wire for 1.5 s. */
  quietMs?: number;
}

const fakeSources = {
  serve: serveSources,
  threads: threadsSources,
  chat: refusedChat,
  sockets: quietMachine,
  class: sweptRoom(4).sources,
};

async function open(item: Case, lang: Lang): Promise<{ rendered: Rendered; frame: string }> {
  const rendered = renderApp(item.screen, { lang, fakeSources, payload: item.payload });
  await waitForFrame(rendered, /netlearn/);
  resize(rendered, 80, 24);
  await pause(100);
  resize(rendered, 80, 24);
  let frame = await settled(rendered, item.quietMs);
  for (const step of item.steps ?? []) {
    // Each key waits for its frame (or a moment), so the next one meets the keys of the new state.
    rendered.stdin.write(step);
    for (let waited = 0; waited < 600 && rendered.lastFrame() === frame; waited += 20) await pause(20);
    frame = rendered.lastFrame() ?? '';
  }
  if (item.steps?.length) frame = await settled(rendered, item.quietMs);
  return { rendered, frame };
}

/** The footer's entries: each shown binding with the hidden ones after it that share its label. */
function footerGroups(bindings: readonly Binding[]): Binding[][] {
  const groups: Binding[][] = [];
  for (const binding of bindings) {
    if (!binding.hidden) groups.push([binding]);
    else if (groups.at(-1)?.[0]!.label === binding.label) groups.at(-1)!.push(binding);
  }
  return groups;
}

const entryName = (group: Binding[]) => `${group[0]!.display ?? group[0]!.keys.join('/')} ${group[0]!.label}`;

/** Presses one key in a fresh app in this state: did anything visible change? */
async function answers(
  item: Case,
  lang: Lang,
  key: string,
): Promise<{ answered: boolean; before: string; after: string }> {
  const { rendered, frame: before } = await open(item, lang);
  rendered.stdin.write(sequence(key));
  let after = before;
  // Generous: a loaded machine may take a while to draw, and only a key that fails waits it all.
  for (let waited = 0; waited < 3000 && after === before; waited += 30) {
    await pause(30);
    after = rendered.lastFrame() ?? '';
  }
  rendered.unmount();
  if (process.env.KEYS_DEBUG) {
    const a = before.split('\n');
    const b = after.split('\n');
    const changed = b.flatMap((row, index) => (row === a[index] ? [] : [`${index}: ${a[index]} -> ${row}`]));
    console.log(`${item.screen} ${item.state ?? ''} [${key}] ${changed.slice(0, 3).join(' | ')}`);
  }
  return { answered: after !== before, before, after };
}

/** The letters and digits a footer entry names (`a-d`, `0-9 s c`): each must be bound. */
function documentedKeys(display: string | undefined): string[] {
  const tokens = (display ?? '').split(/[\s/]+/);
  return tokens.flatMap((token) => {
    if (/^[a-z0-9]$/i.test(token)) return [token];
    const range = /^([a-z0-9])-([a-z0-9])$/i.exec(token);
    if (!range) return [];
    const [from, to] = [range[1]!.charCodeAt(0), range[2]!.charCodeAt(0)];
    return Array.from({ length: to - from + 1 }, (_, index) => String.fromCharCode(from + index));
  });
}

/** The keys a screen's own text asks for: "Press r to …", "apretá a para …". */
function keysInText(frame: string): string[] {
  const names: Record<string, string> = { Enter: 'enter', '→': 'right', '←': 'left', Esc: 'escape', Tab: 'tab' };
  const words = stripVTControlCharacters(frame).matchAll(/\b(?:press|apretá) (\S+?)(?=[\s.,:;)])/giu);
  return [...words].map((match) => names[match[1]!] ?? match[1]!);
}

/** Keys a screen's text names that no binding lists, and why they still act. */
const answeredElsewhere: Record<string, Record<string, string>> = {
  chat: { enter: 'the text field sends the line: its own key, not a binding' },
};

/**
 * Keys left out, and why. Keys that open a text field (demo s, lesson /) or start something (check
 * Enter and r, against a port where nothing listens) answer at once and are pressed like any other.
 */
const notPressed: Record<string, string> = {
  q: 'quits the app: ink-testing-library has no terminal to leave',
};

/**
 * The shell's own keys (Esc back, Tab language) do the same on every screen: each screen's first
 * state presses them, its later states leave them out.
 */
const shellKeys = (binding: Binding) =>
  binding.keys[0] === 'tab' || (binding.keys[0] === 'escape' && binding.label === en.ui.keys.back);

const demo = { screen: 'demo', quietMs: 1700 };
const practiceAnswered = [keys.enter, '1', keys.enter];
/** → until the slow race's closing summary: one press per step, and one more. */
const toTheEnd = Array<string>(playRace(racyOrder, false).length + 1).fill(keys.right);

const cases: Case[] = [
  ...['home', ...screenIds()].map((screen) => (screen === 'demo' ? demo : { screen })),
  { screen: 'lessons', state: 'asking to reset', steps: ['R'] },
  { screen: 'lesson', state: 'the last lesson', payload: { id: 'room-network' } },
  { screen: 'lesson', state: 'answered', steps: [keys.enter, keys.enter] },
  { screen: 'lesson', state: 'search', steps: ['/'] },
  { screen: 'lesson', state: 'search with hits', steps: ['/', 't', 'c', 'p'] },
  { screen: 'ip', state: 'bits', steps: [keys.enter] },
  { screen: 'subnet', state: 'exploring', steps: [keys.enter] },
  { screen: 'subnet', state: 'a long split', steps: [keys.enter, '+', '+', '+'] },
  { screen: 'port', state: 'not a port', steps: [keys.backspace, keys.backspace, keys.backspace, keys.backspace] },
  { screen: 'utf8', state: 'a long text', payload: { example: 'ñandú € 😀 ok, and a few more letters' } },
  { screen: 'threads', state: 'one step in', steps: [keys.right] },
  { screen: 'threads', state: 'at the end', steps: toTheEnd },
  { screen: 'threads', state: 'full speed', steps: ['f'] },
  { ...demo, state: 'one client', steps: ['a'] },
  // Five clients: two or more to choose from, and a log longer than its rows.
  { ...demo, state: 'a long log', steps: ['a', 'a', 'a', 'a', 'a'] },
  { ...demo, state: 'typing', steps: ['a', 's'] },
  { ...demo, state: 'explaining', steps: ['e'] },
  { ...demo, state: 'server stopped', steps: ['r'] },
  { screen: 'check', state: 'run', steps: [keys.enter] },
  { screen: 'practice', state: 'a question', steps: [keys.enter] },
  { screen: 'practice', state: 'an answer typed', steps: [keys.enter, '1'] },
  { screen: 'practice', state: 'answered', steps: practiceAnswered },
  { screen: 'practice', state: 'asking to reset', steps: ['r'] },
];

/** Every key a footer offers, shown or not, sorted: what the learner can press. */
const keyNames = (bindings: readonly Binding[]) => [...new Set(bindings.flatMap((binding) => binding.keys))].sort();
const offeredInEnglish = new Map<Case, string[]>();

describe('every key the footer offers answers', () => {
  test.each(cases.map((item) => [`${item.screen}${item.state ? ` (${item.state})` : ''}`, item] as const))(
    '%s',
    async (_name, item) => {
      const lang: Lang = 'en';
      const { rendered, frame } = await open(item, lang);
      const bindings = offered.get(rendered.stdout) ?? [];
      offeredInEnglish.set(item, keyNames(bindings));
      const groups = footerGroups(bindings);
      rendered.unmount();
      const bound = new Set(bindings.flatMap((binding) => binding.keys));
      const unbound = groups.flatMap((group) => documentedKeys(group[0]!.display).filter((key) => !bound.has(key)));
      expect(unbound, 'letters and digits the footer names but no binding has').toEqual([]);
      const elsewhere = answeredElsewhere[item.screen] ?? {};
      const asked = keysInText(frame).filter((key) => !bound.has(key) && !(key in elsewhere));
      expect(asked, `keys the screen's text asks for but does not offer\n${frame}`).toEqual([]);
      const dead: string[] = [];
      await Promise.all(
        groups.map(async (group) => {
          if (item.state && group.every(shellKeys)) return;
          const tried = group.map((binding) => binding.keys[0]!).filter((key) => !(key in notPressed));
          if (tried.length === 0) return;
          for (const key of tried) if ((await answers(item, lang, key)).answered) return;
          // A second chance in another fresh app: on a loaded machine one press can land before the
          // screen listens. A dead key stays dead.
          for (const key of tried) if ((await answers(item, lang, key)).answered) return;
          dead.push(entryName(group));
        }),
      );
      if (process.env.KEYS_DEBUG) console.log(item.screen, item.state, groups.map(entryName), dead, '\n' + frame);
      expect(dead, frame).toEqual([]);
    },
    120_000,
  );
});

// Answers are the same code in both languages; what could differ is which keys a screen offers.
describe('in Spanish a screen offers the same keys as in English', () => {
  const lettersDiffer = (item: Case) => !item.state || item.state === 'asking to reset';
  test.each(
    cases.filter(lettersDiffer).map((item) => [`${item.screen}${item.state ? ` (${item.state})` : ''}`, item] as const),
  )(
    '%s',
    async (_name, item) => {
      const inEnglish =
        offeredInEnglish.get(item) ??
        (await open(item, 'en').then(({ rendered }) => keyNames(offered.get(rendered.stdout) ?? [])));
      const { rendered, frame } = await open(item, 'es');
      const inSpanish = keyNames(offered.get(rendered.stdout) ?? []);
      rendered.unmount();
      expect(inSpanish, frame).toEqual(inEnglish);
    },
    60_000,
  );
});
