import { spawn, type IPty } from '@lydell/node-pty';
import xterm from '@xterm/headless';
import { afterEach } from 'vitest';
import { cleanEnv, cliPath } from './cli.js';

const { Terminal } = xterm;

export interface PtySession {
  /** The visible screen, one string per row, trailing spaces trimmed. */
  screen: () => string;
  /** Everything the program wrote, escape codes included. */
  output: () => string;
  write: (data: string) => void;
  /** Waits until the screen shows the text (or matches), and returns the screen. */
  waitFor: (expected: string | RegExp, timeout?: number) => Promise<string>;
  resize: (cols: number, rows: number) => void;
  /** Whether the terminal is on its main (not alternate) screen. */
  onMainScreen: () => boolean;
  /** Whether the cursor is shown. */
  cursorVisible: () => boolean;
  exited: Promise<{ exitCode: number; signal?: number }>;
  kill: () => void;
  signal: (name: NodeJS.Signals) => void;
}

/**
 * A person's terminal, not CI's: with CI set Ink prints only its last frame, and chalk turns colour
 * off even for CI=false, so the variable is removed rather than set.
 */
function terminalEnv(extra: Record<string, string | undefined> = {}): Record<string, string> {
  const env = cleanEnv({ TERM: 'xterm-256color', ...extra });
  for (const name of Object.keys(env))
    if (name === 'CI' || name.startsWith('CI_') || name === 'CONTINUOUS_INTEGRATION') delete env[name];
  return env as Record<string, string>;
}

/**
 * Runs the built CLI in a real pseudo-terminal and keeps a headless xterm in step with it, so a
 * test reads the screen exactly as a person would see it.
 */
export function spawnCli(
  args: string[],
  options: { cols?: number; rows?: number; env?: Record<string, string | undefined> } = {},
): PtySession {
  const cols = options.cols ?? 80;
  const rows = options.rows ?? 24;
  const terminal = new Terminal({ cols, rows, allowProposedApi: true });
  const child: IPty = spawn(process.execPath, [cliPath, ...args], {
    name: 'xterm-256color',
    cols,
    rows,
    env: terminalEnv(options.env),
  });
  let raw = '';
  let pending = Promise.resolve();
  child.onData((data) => {
    raw += data;
    pending = pending.then(() => new Promise<void>((resolve) => terminal.write(data, resolve)));
  });
  const exited = new Promise<{ exitCode: number; signal?: number }>((resolve) => child.onExit(resolve));

  const screen = () => {
    const buffer = terminal.buffer.active;
    const lines: string[] = [];
    for (let i = 0; i < terminal.rows; i++)
      lines.push(buffer.getLine(buffer.viewportY + i)?.translateToString(true) ?? '');
    return lines.join('\n');
  };

  return {
    screen,
    output: () => raw,
    write: (data) => child.write(data),
    async waitFor(expected, timeout = 5000) {
      const deadline = Date.now() + timeout;
      for (;;) {
        await pending;
        const current = screen();
        if (typeof expected === 'string' ? current.includes(expected) : expected.test(current)) return current;
        if (Date.now() > deadline) throw new Error(`screen does not show ${String(expected)}:\n${current}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    resize(newCols, newRows) {
      child.resize(newCols, newRows);
      terminal.resize(newCols, newRows);
    },
    onMainScreen: () => terminal.buffer.active.type === 'normal',
    cursorVisible: () => {
      // The last DECTCEM sequence written decides.
      const shown = raw.lastIndexOf('\u001B[?25h');
      const hidden = raw.lastIndexOf('\u001B[?25l');
      return shown >= hidden;
    },
    exited,
    kill: () => child.kill(),
    signal: (name) => child.kill(name),
  };
}

/**
 * A spawnCli for one test file: every session it starts is killed, and its exit awaited, after
 * each test, so a failing test never leaves a terminal program running.
 */
export function trackSessions(): typeof spawnCli {
  const sessions: PtySession[] = [];
  afterEach(async () => {
    for (const session of sessions.splice(0)) {
      session.kill();
      await session.exited;
    }
  });
  return (args, options) => {
    const session = spawnCli(args, options);
    sessions.push(session);
    return session;
  };
}
