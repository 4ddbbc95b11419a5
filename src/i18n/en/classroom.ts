import type { InputErrorDetails } from '../../core/input-error.js';
import { visible } from '../visible-text.js';
import type { AreaInputErrors } from '../input-error-messages.js';

const list = (items: InputErrorDetails[string]): string => (Array.isArray(items) ? items.join(', ') : String(items));

/** What core/class/roster.ts says of a roster file, scan.ts of --scan, and the class command of its flags. */
const classroom = {
  inputErrors: {
    'roster-empty': () =>
      'the roster has no students. Write one a line: id,name,host[:port], e.g. 20931,Ana Peña,192.168.1.23:5050.',
    'roster-quote': (d: InputErrorDetails) =>
      `line ${d.line} of the roster: a quote is never closed. Close it, or write the name without quotes.`,
    'roster-columns': (d: InputErrorDetails) =>
      `line ${d.line} of the roster has ${d.count} field${d.count === 1 ? '' : 's'}; each line needs 3: id,name,host[:port]. Put a name that holds a comma in quotes: "Peña, Ana".`,
    'roster-id-empty': (d: InputErrorDetails) => `line ${d.line} of the roster has no student id. Write one first.`,
    'roster-host': (d: InputErrorDetails) =>
      `line ${d.line} of the roster: "${visible(d.part)}" is not a host or host:port. Write an address, a name, or [v6]:port, e.g. 192.168.1.23:5050.`,
    'roster-duplicate': (d: InputErrorDetails) =>
      `line ${d.line} of the roster repeats the student id "${visible(d.part)}" of line ${d.first}. Give each student their own id.`,
    'roster-too-many': (d: InputErrorDetails) =>
      `the roster has ${d.count} lines, and a class may have at most ${d.max} students. Check that --roster names the class list.`,
    'roster-too-large': (d: InputErrorDetails) =>
      `the roster is larger than ${d.max}; a class list is far smaller. Check that --roster names the class list.`,
    'class-name-invalid': (d: InputErrorDetails) =>
      `"${visible(d.part)}" cannot name a class: use 1 to 64 letters, digits, spaces, dots, _ or -, e.g. redes-2026.`,
    'class-verb-unknown': (d: InputErrorDetails) =>
      `netlearn class has no "${visible(d.part)}"${d.closest ? ` (did you mean ${d.closest}?)` : ''}. It has: init, sweep, history, export, list.`,
    'class-name-missing': (d: InputErrorDetails) =>
      `netlearn class ${d.part} needs the class's name, e.g. netlearn class ${d.part} redes.`,
    'class-export-format': () =>
      'say what to export: --csv (for the learning platform), --json (one line a student) or --feedback DIR (a page a student).',
    'class-every-invalid': (d: InputErrorDetails) =>
      `--every takes a time like 30s, 5m or 1h, from ${d.min} seconds to ${d.max} hours, not "${visible(d.part)}".`,
    'class-parallel-invalid': (d: InputErrorDetails) =>
      `--parallel takes how many servers to check at once, from 1 to ${d.max}, not "${visible(d.part)}".`,
    'class-roster-or-scan': () =>
      'a class needs its students: --roster FILE (id,name,host[:port] a line) or --scan CIDR --port P (the servers listening in the room).',
    'scan-not-local': (d: InputErrorDetails) =>
      `${visible(d.part)} is not a network this machine is on, and netlearn only scans the room it is in. Its networks: ${list(d.choices)}${(d.choices as readonly string[]).length > 0 ? ', ' : ''}and loopback 127.0.0.0/8.`,
    'scan-too-large': (d: InputErrorDetails) =>
      `${visible(d.part)} holds ${d.count} addresses; a scan tries at most ${d.max}. Give the room's part of the network, e.g. a /24.`,
    'scan-invalid': (d: InputErrorDetails) => `--scan takes a network, e.g. 192.168.1.0/24, not "${visible(d.part)}".`,
  } satisfies AreaInputErrors,
};

export default classroom;
