import { render } from 'ink-testing-library';
import { vi } from 'vitest';
import type { Lang } from '../../src/core/language.js';
import type { ThemeName } from '../../src/core/theme-names.js';
import App from '../../src/app/App.js';

export type Rendered = ReturnType<typeof render>;

/** Renders the whole app, opened on one screen, as a person would see it in a 100-column terminal. */
export function renderApp(
  screen = 'home',
  options: {
    lang?: Lang;
    payload?: unknown;
    fakeSources?: Record<string, unknown>;
    theme?: ThemeName;
    onThemeChange?: (theme: ThemeName) => void;
  } = {},
): Rendered {
  return render(
    <App
      initialLang={options.lang ?? 'en'}
      initialPlace={{ screen, payload: options.payload }}
      fakeSources={options.fakeSources}
      initialTheme={options.theme}
      onThemeChange={options.onThemeChange}
    />,
  );
}

type Expectation = string | RegExp | ((frame: string) => boolean);

function holds(frame: string, expected: Expectation): boolean {
  if (typeof expected === 'string') return frame.includes(expected);
  if (expected instanceof RegExp) return expected.test(frame);
  return expected(frame);
}

/** Waits until the last frame shows what is expected, and returns it; fails with the frame it saw. */
export async function waitForFrame(rendered: Rendered, expected: Expectation, timeout = 10_000): Promise<string> {
  return vi.waitFor(
    () => {
      const frame = rendered.lastFrame() ?? '';
      if (!holds(frame, expected)) throw new Error(`frame does not show ${String(expected)}:\n${frame}`);
      return frame;
    },
    { timeout, interval: 10 },
  );
}

/**
 * Types into the app and waits for the frame that should follow. Input written before Ink's effects
 * have run is lost: wait for a first frame (waitForFrame) before the first press.
 */
export async function press(
  rendered: Rendered,
  input: string,
  expected: Expectation,
  timeout = 10_000,
): Promise<string> {
  rendered.stdin.write(input);
  return waitForFrame(rendered, expected, timeout);
}

/** Resizes the terminal the app draws in, as a person dragging the window would. */
export function resize(rendered: Rendered, columns: number, rows = 24): void {
  Object.defineProperty(rendered.stdout, 'columns', { get: () => columns, configurable: true });
  Object.defineProperty(rendered.stdout, 'rows', { get: () => rows, configurable: true });
  rendered.stdout.emit('resize');
}

/** Rows of a frame that start with a stray space inside the one-column margin: text Ink re-wrapped. */
export function strayIndentRows(frame: string): string[] {
  return frame.split('\n').filter((row) => /^ {2}\S/.test(row));
}
