import { wrapSpans, type Line, type Span } from '../../core/wrap.js';
import theme from '../../ui/theme.js';
import type { Look } from './diagram-lines.js';
import type { DemoWords } from './words.en.js';

export interface HeaderFacts {
  pythonLine: string;
  /** Why the server could not start, when it could not. */
  failure?: string;
  running: boolean;
  /** Not listening yet for the first time: neither stopped nor running. */
  starting: boolean;
  outsideCommand: string;
  /** The port asked for, for the "in use" message. */
  host: string;
  wantedPort: number;
  open: number;
  total: number;
  autoplay: boolean;
}

/**
 * The demo's top rows, wrapped whole at the width (a cut Python line would teach the wrong code):
 * the Python that does the same, how to join from outside (or why not), and the counts.
 */
export function headerLines(facts: HeaderFacts, words: DemoWords, width: number): Line<Look>[] {
  const s = words.screen;
  const python: Span<Look>[] = [
    { text: `${s.python}: `, style: { color: theme.muted } },
    { text: facts.pythonLine, style: { color: theme.accent } },
  ];
  const status: Span<Look> = facts.failure
    ? {
        text: `${s.portInUse({ host: facts.host, port: facts.wantedPort })} (${facts.failure})`,
        style: { color: theme.bad },
      }
    : facts.running
      ? { text: s.tryOutside({ command: facts.outsideCommand }), style: { color: theme.muted } }
      : facts.starting
        ? { text: s.starting, style: { color: theme.muted } }
        : { text: s.stopped, style: { color: theme.warn } };
  const counts: Span<Look>[] = [
    { text: s.clients({ open: facts.open, total: facts.total }), style: { color: theme.muted } },
    {
      text: ` · ${s.listeningSockets({ listening: facts.running ? 1 : 0, count: facts.open })}`,
      style: { color: theme.muted },
    },
    ...(facts.autoplay ? [{ text: ` · ${s.autoplay}`, style: { color: theme.warn } }] : []),
  ];
  return [...wrapSpans(python, width), ...wrapSpans([status], width), ...wrapSpans(counts, width)];
}
