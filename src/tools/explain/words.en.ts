import { defineWords } from '../tool.js';
import kinds from './kinds.en.js';

/** `netlearn explain`: the words around each explanation. */
const words = defineWords({
  title: 'Explain an error',
  help: {
    summary: 'A socket or encoding error: what happened on the wire, the usual causes, the fix',
    details:
      'Give a Python traceback line, an errno name (ECONNREFUSED), a number (98, 48, 10048), a Node error code ' +
      "or a pasted ss/netstat line; or pipe a program's output in: each distinct error is explained once.",
    options: {},
    examples: [
      'netlearn explain "OSError: [Errno 98] Address already in use"',
      'netlearn explain ECONNREFUSED',
      'netlearn explain 10054',
      'python3 server.py 2>&1 | netlearn explain',
    ],
  },
  kinds,
  labels: {
    from: 'from',
    wire: 'What happened',
    causes: 'Usual causes',
    fixes: 'What to try',
    show: 'See it',
    lesson: 'Lesson',
  },
  systems: { linux: 'Linux', macos: 'macOS', windows: 'Windows' },
  errnoLine: (p: { names: string }) => `(${p.names})`,
  unknown: (p: { input: string; suggestion?: string; kinds: string }) =>
    `netlearn doesn't recognise "${p.input}" as a socket or encoding error.` +
    (p.suggestion ? ` Did you mean ${p.suggestion}?` : '') +
    ` It knows: ${p.kinds}. ` +
    'Give the last line of a traceback, an errno name or number, or a Node error code.',
  noInput: (p: { kinds: string }) =>
    `Give the error to explain, e.g. netlearn explain "OSError: [Errno 98] Address already in use", or pipe a ` +
    `program's output in. netlearn knows: ${p.kinds}.`,
  nothingPiped: (p: { kinds: string }) => `No socket or encoding error found in the input. netlearn knows: ${p.kinds}.`,
  truncated: (p: { limit: string }) => `(only the first ${p.limit} of the input were read)`,
});

export type ExplainWords = typeof words;
export default words;
