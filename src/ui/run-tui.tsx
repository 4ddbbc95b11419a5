import { render } from 'ink';
import type { Lang } from '../core/language.js';
import App from './App.js';

export interface TuiOptions {
  lang: Lang;
  /** The screen to open on; `home` for the menu. */
  screen: string;
  params?: Record<string, string>;
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
}

const enterAlternateScreen = '\u001B[?1049h';
const leaveAlternateScreen = '\u001B[?1049l';
const showCursor = '\u001B[?25h';

/**
 * Runs the full-screen app until the learner leaves it, and always hands the terminal back as it
 * was: main screen restored, cursor shown, raw mode off (Ink's unmount does that part).
 */
export async function runTui({ lang, screen, params, stdin, stdout }: TuiOptions): Promise<void> {
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    stdout.write(showCursor + leaveAlternateScreen);
  };
  stdout.write(enterAlternateScreen);
  process.once('exit', restore);

  const instance = render(<App initialLang={lang} initialPlace={{ screen, params }} />, {
    stdin,
    stdout,
    exitOnCtrlC: true,
    patchConsole: false,
    maxFps: 30,
  });
  const leave = () => instance.unmount();
  const signals = ['SIGTERM', 'SIGHUP', 'SIGINT'] as const;
  for (const signal of signals) process.once(signal, leave);
  try {
    await instance.waitUntilExit();
  } finally {
    for (const signal of signals) process.off(signal, leave);
    instance.cleanup();
    restore();
    process.off('exit', restore);
  }
}
