import { render } from 'ink';
import type { Lang } from '../core/language.js';
import { dictionary } from '../i18n/dictionaries.js';
import { openProgressStore } from '../progress/progress-store.js';
import { progressWarningLine } from '../progress/progress-warning.js';
import type { ResumePayload } from '../tools/tool.js';
import { lessonIds } from '../lessons/lesson-ids.js';
import App from './App.js';
import type { ThemeName } from '../core/theme-names.js';
import { loadAllWords } from './tool-words.js';
import type { Place } from './navigation.js';
import { filterTerminalInput } from '../ui/input-filter.js';
import { ProgressProvider } from '../ui/progress-context.js';

export interface TuiOptions {
  lang: Lang;
  /** The tool whose screen to open on; `home` for the menu. */
  screen: string;
  /** What the command hands that screen (its tool declares the type). */
  payload?: unknown;
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  /** `--lang` was given: it wins over the language saved in progress. */
  langExplicit?: boolean;
  /** `--theme`: used and remembered; without it, the theme saved in progress. */
  theme?: ThemeName;
  /** Linear text for a screen reader, on the main screen (its scroll-back kept), with no animation. */
  screenReader?: boolean;
}

const enterAlternateScreen = '\u001B[?1049h';
const leaveAlternateScreen = '\u001B[?1049l';
const showCursor = '\u001B[?25h';

/**
 * Runs the full-screen app until the learner leaves it, and always hands the terminal back as it
 * was: main screen restored, cursor shown, raw mode off (Ink's unmount does that part).
 */
export async function runTui({
  lang,
  screen,
  payload,
  stdin,
  stdout,
  langExplicit = false,
  theme,
  screenReader = false,
}: TuiOptions): Promise<void> {
  // Saved progress: the language last chosen, and the lesson the learner was reading when they quit.
  const progress = openProgressStore(process.env, { lessonIds: lessonIds() });
  const saved = progress.get();
  const startLang = langExplicit ? lang : (saved.lang ?? lang);
  const resume = screen === 'home' && saved.lessons.reading;
  // A progress problem is shown inside the app at once: the lessons list carries the warning.
  const place: Place = resume
    ? { screen: 'lessons', payload: { resume: true } satisfies ResumePayload }
    : screen === 'home' && progress.problem()
      ? { screen: 'lessons' }
      : { screen, payload };
  const onLangChange = (next: Lang) => progress.update((p) => ({ ...p, lang: next }));
  const onThemeChange = (next: ThemeName) => progress.update((p) => ({ ...p, theme: next }));
  if (theme && theme !== saved.theme) onThemeChange(theme);

  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    stdout.write(showCursor + (screenReader ? '' : leaveAlternateScreen));
  };
  // A reader keeps the main screen: what was said stays in the scroll-back.
  if (!screenReader) stdout.write(enterAlternateScreen);
  process.once('exit', restore);
  filterTerminalInput(stdin);

  // Every tool's words before the first frame, so the shell never shows a blank one while they load.
  await loadAllWords();
  const instance = render(
    <ProgressProvider store={progress}>
      <App
        initialLang={startLang}
        initialPlace={place}
        onLangChange={onLangChange}
        initialTheme={theme ?? saved.theme}
        onThemeChange={onThemeChange}
      />
    </ProgressProvider>,
    {
      stdin,
      stdout,
      exitOnCtrlC: true,
      patchConsole: false,
      maxFps: 30,
      isScreenReaderEnabled: screenReader,
    },
  );
  const leave = () => instance.unmount();
  // SIGQUIT too: its default (a core dump) would leave the terminal on the alternate screen, in raw mode.
  const signals = ['SIGTERM', 'SIGHUP', 'SIGINT', 'SIGQUIT'] as const;
  for (const signal of signals) process.once(signal, leave);
  try {
    await instance.waitUntilExit();
  } finally {
    for (const signal of signals) process.off(signal, leave);
    instance.cleanup();
    restore();
    process.off('exit', restore);
    // Shown inside the app too; repeated here so it is still on screen after the app closes.
    const problem = progress.problem();
    if (problem) {
      const t = dictionary(startLang);
      process.stderr.write(progressWarningLine(problem, t));
    }
  }
}
