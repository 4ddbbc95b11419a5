import { lazy, type ComponentType } from 'react';
import { findTool } from '../tools/index.js';
import type { ToolWords } from '../tools/tool.js';

/** A screen as the shell renders it: the tool's view with its sources already bound. */
export type ShellScreen = ComponentType<{ payload?: unknown; words: ToolWords }>;

const loaded = new Map<string, ShellScreen>();

/**
 * The screen of the tool with this id, loaded on first use with its sources (so only the home
 * menu's code loads at start); undefined for an id no tool has. `fake` replaces the tool's own
 * sources: component tests hand in what the machine would have answered.
 */
export function screenFor(id: string, fake?: unknown): ShellScreen | undefined {
  const tool = findTool(id);
  const loadScreen = tool?.screen;
  if (!tool || !loadScreen) return undefined;
  const cached = fake === undefined ? loaded.get(id) : undefined;
  if (cached) return cached;
  const screen = lazy(async () => {
    const [view, sources] = await Promise.all([loadScreen(), fake ?? (await tool.sources?.())?.default]);
    const View = view.default;
    const Bound: ShellScreen = ({ payload, words }) => <View payload={payload} sources={sources} words={words} />;
    return { default: Bound };
  });
  if (fake === undefined) loaded.set(id, screen);
  return screen;
}
