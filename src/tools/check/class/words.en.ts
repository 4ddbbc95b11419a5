import { defineWords } from '../../tool.js';
import check from '../words.en.js';

/** `netlearn class`: a teacher's class, its sweeps with `check`, and the gradebook. */
const words = defineWords({
  title: 'Class',
  hint: "A teacher's view: check every student's chat server at once, with a gradebook",
  help: {
    summary: "A teacher's class: check every student's server with `check`, keep the grades, export them",
    options: {
      roster: 'For init: the class list, a CSV file of id,name,host[:port] lines (, or ;)',
      scan: 'For init: instead of a roster, find the servers listening on a network of this room, e.g. 192.168.1.0/24',
      port: 'For init: the port of a roster line that gives none, and the port --scan tries (default 5050)',
      profile: "For init: the assignment's YAML profile (how the chat talks, points per check)",
      parallel: 'For sweep: how many servers to check at once (default 8)',
      every: 'For sweep: sweep again after this long, e.g. 5m, until Ctrl+C',
      timeout: "For sweep: seconds each of check's waits may take (default 3)",
      only: 'For sweep: run only these checks, e.g. --only connect,broadcast',
      strict: 'For sweep: advanced checks count towards the verdict too',
      csv: 'For export: a CSV for the learning platform (student_id,name,score,passed,failed,comments)',
      excel: 'For export: with --csv, a BOM and ; so Excel in Spanish opens it in columns',
      feedback: 'For export: write one Markdown page a student into this folder',
      exam: 'For export: with --csv or --json, the grades of this exam (netlearn exam grade --class) instead of the checks',
      db: 'The gradebook file (default: in your data folder)',
    },
    examples: [
      'netlearn class init redes --roster alumnos.csv --profile tarea3.yaml',
      'netlearn class init lab --scan 192.168.1.0/24 --port 5050',
      'netlearn class sweep redes',
      'netlearn class sweep redes --every 5m',
      'netlearn class history redes 20931',
      'netlearn class export redes --csv --excel > notas.csv',
      'netlearn class export redes --feedback devoluciones/',
    ],
    details:
      'Verbs: init NAME (a class from a roster or a scan), sweep NAME (check every server, keep the results), history NAME [STUDENT] (when each check first passed), export NAME (--csv, --json or --feedback DIR), list (the classes). Every sweep is kept in a SQLite gradebook. Exit 0 when the work is done, 2 for bad input, 1 when the gradebook cannot be used.',
  },
  /** The diagnoses, said in the same words `check` gives the students. */
  check,
  plain: {
    created: (p: { name: string; count: number }) =>
      `Class ${p.name}: ${p.count} ${p.count === 1 ? 'student' : 'students'}. Sweep it: netlearn class sweep ${p.name}`,
    scanning: (p: { cidr: string; count: number; port: number }) =>
      `Looking for servers on port ${p.port} at ${p.count} addresses of ${p.cidr}…`,
    sweeping: (p: { name: string; count: number; parallel: number }) =>
      `Sweeping ${p.name}: ${p.count} ${p.count === 1 ? 'server' : 'servers'}, ${p.parallel} at a time`,
    student: (p: { id: string; name: string; where: string; score: string; verdict: string; sentence: string }) =>
      `${p.id}  ${p.name}  ${p.where}  ${p.score}  ${p.verdict}: ${p.sentence}`,
    swept: (p: { passed: number; failed: number; unreachable: number; seconds: number }) =>
      `Swept in ${p.seconds} s: ${p.passed} passed, ${p.failed} failed, ${p.unreachable} not reachable.`,
    nextSweep: (p: { minutes: string }) => `Next sweep in ${p.minutes}; Ctrl+C ends.`,
    noClasses: 'No classes yet. Make one: netlearn class init NAME --roster FILE',
    classLine: (p: { name: string; count: number; sweeps: number; last: string }) =>
      `${p.name}  ${p.count} ${p.count === 1 ? 'student' : 'students'}  ${p.sweeps} ${p.sweeps === 1 ? 'sweep' : 'sweeps'}  ${p.last}`,
    neverSwept: 'never swept',
    historyHead: (p: { id: string; name: string }) => `${p.id}  ${p.name}`,
    firstPassed: (p: { check: string; at: string }) => `  ${p.check}: first passed ${p.at}`,
    neverPassed: '  No check has passed yet.',
    noRun: 'never swept: no grade yet.',
    feedbackWritten: (p: { count: number; dir: string }) =>
      `Wrote ${p.count} ${p.count === 1 ? 'page' : 'pages'} to ${p.dir}`,
    late: 'The run took longer than its deadline; the checks after it were not run.',
    found: (p: { count: number }) => `Found ${p.count} ${p.count === 1 ? 'server' : 'servers'}.`,
  },
  /** What a sweep's results say to a student, in the CSV's comments and their feedback page. */
  comments: {
    unreachable: 'Nothing answered at your address when the class was swept: was your server running?',
    failedChecks: (p: { ids: string }) => `Failed: ${p.ids}.`,
    read: (p: { lessons: string }) => `Read: ${p.lessons}.`,
  },
  page: {
    title: (p: { name: string }) => `# ${p.name}: your chat server`,
    score: (p: { score: number; max: number; when: string }) => `Score: **${p.score} of ${p.max}**, checked ${p.when}.`,
    verdict: 'What the check found',
    checks: 'Each check',
    lessons: 'Lessons to read',
    lessonLine: (p: { id: string }) => `- \`netlearn lesson ${p.id}\``,
    status: { pass: 'passed', fail: 'failed', skip: 'skipped', 'not-run': 'not run' },
  },
  errors: {
    rosterUnreadable: (p: { path: string; code: string }) =>
      `cannot read the roster ${p.path} (${p.code}). Give the path of a CSV file of id,name,host[:port] lines.`,
    noneFound: (p: { cidr: string; port: number }) =>
      `no server answered on port ${p.port} in ${p.cidr}. Are the students' servers running, on 0.0.0.0 and not 127.0.0.1?`,
  },
  screen: {
    pick: 'Choose a class',
    noClasses: 'No classes yet. A teacher makes one on the command line: netlearn class init NAME --roster FILE',
    student: 'Student',
    score: 'Score',
    verdict: 'Verdict',
    waiting: 'waiting',
    running: 'checking…',
    unreachable: 'not reachable',
    never: 'not swept yet',
    progress: (p: { done: number; total: number }) => `${p.done} of ${p.total} checked`,
    idle: (p: { when: string }) => `Last sweep ${p.when}`,
    nextIn: (p: { seconds: number }) => `next sweep in ${p.seconds} s`,
    keys: { open: 'diagnosis', rerun: 'this student again', rerunAll: 'sweep everyone', back: 'back' },
  },
});

export type ClassWords = typeof words;
export default words;
