import { parseLang, type Lang } from '../core/language.js';
import { parseTheme, type ThemeName } from '../core/theme-names.js';

/** What netlearn remembers between runs, as stored in progress.json. */
export interface Progress {
  version: 1;
  /** The language last chosen in the TUI. */
  lang?: Lang;
  /** The theme last chosen (`--theme`, or the key in the app). */
  theme?: ThemeName;
  lessons: {
    /** The lesson last opened, and how far down it was scrolled. */
    current?: string;
    scroll: number;
    /** The reader was open when the app last closed: start there again. */
    reading: boolean;
    /** Lessons whose questions were all answered right, in the order they were finished. */
    done: string[];
    /** Chosen option index per question id (ids are the same in every language). */
    answers: Record<string, number>;
    /** The first option chosen per question, kept through retries: the quiz's score counts first tries. */
    firstAnswers?: Record<string, number>;
  };
  /** Owned by the practice screen; kept as found. */
  practice: Record<string, unknown>;
  /** The learner's own server, as last typed and reached: the chat client and the check start there. */
  myServer?: ServerAddress;
}

/** A host and port as the learner typed them. */
export interface ServerAddress {
  host: string;
  port: number;
}

/** A saved address that could have been typed: a short printable host, a port 1-65535. */
function serverAddressFrom(value: unknown): ServerAddress | undefined {
  if (!isRecord(value)) return undefined;
  const { host, port } = value;
  if (typeof host !== 'string' || !/^[\x21-\x7e]{1,253}$/.test(host)) return undefined;
  if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65_535) return undefined;
  return { host, port };
}

export function emptyProgress(): Progress {
  return { version: 1, lessons: { scroll: 0, reading: false, done: [], answers: {} }, practice: {} };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Option indexes per question id, keeping only whole numbers from 0 up. */
function choices(value: unknown): Record<string, number> {
  const kept: Record<string, number> = {};
  if (!isRecord(value)) return kept;
  for (const [id, choice] of Object.entries(value))
    if (typeof choice === 'number' && Number.isInteger(choice) && choice >= 0) kept[id] = choice;
  return kept;
}

/**
 * Progress from parsed JSON, keeping every field that makes sense and dropping the rest (a lesson
 * not among `lessonIds` too); undefined when it is not a netlearn progress file at all.
 */
export function progressFromJson(json: unknown, lessonIds: readonly string[]): Progress | undefined {
  const isLessonId = (id: string) => lessonIds.includes(id);
  if (!isRecord(json) || json.version !== 1) return undefined;
  const progress = emptyProgress();
  const lang = typeof json.lang === 'string' ? parseLang(json.lang) : undefined;
  if (lang) progress.lang = lang;
  const theme = parseTheme(json.theme);
  if (theme) progress.theme = theme;
  if (isRecord(json.practice)) progress.practice = json.practice;
  const myServer = serverAddressFrom(json.myServer);
  if (myServer) progress.myServer = myServer;
  const lessons = isRecord(json.lessons) ? json.lessons : {};
  if (typeof lessons.current === 'string' && isLessonId(lessons.current)) progress.lessons.current = lessons.current;
  if (typeof lessons.scroll === 'number' && Number.isInteger(lessons.scroll) && lessons.scroll >= 0) {
    progress.lessons.scroll = lessons.scroll;
  }
  progress.lessons.reading = lessons.reading === true && progress.lessons.current !== undefined;
  if (Array.isArray(lessons.done)) {
    progress.lessons.done = [
      ...new Set(lessons.done.filter((id): id is string => typeof id === 'string' && isLessonId(id))),
    ];
  }
  progress.lessons.answers = choices(lessons.answers);
  if (isRecord(lessons.firstAnswers)) progress.lessons.firstAnswers = choices(lessons.firstAnswers);
  return progress;
}
