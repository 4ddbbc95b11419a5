import { lazy, type ComponentType } from 'react';
import { findTool } from '../tools/index.js';

/** A screen as the shell renders it: the tool's view with its sources already bound. */
export type ShellScreen = ComponentType<{ payload?: unknown }>;

const loaded = new Map<string, ShellScreen>();

/**
 * The screen of the tool with this id, loaded on first use with its sources (so only the home
 * menu's code loads at start); undefined for an id no tool has.
 */
export function screenFor(id: string): ShellScreen | undefined {
  const tool = findTool(id);
  const loadScreen = tool?.screen;
  if (!tool || !loadScreen) return undefined;
  let screen = loaded.get(id);
  if (!screen) {
    screen = lazy(async () => {
      const [view, sources] = await Promise.all([loadScreen(), tool.sources?.()]);
      const View = view.default;
      const Bound: ShellScreen = ({ payload }) => <View payload={payload} sources={sources?.default} />;
      return { default: Bound };
    });
    loaded.set(id, screen);
  }
  return screen;
}
