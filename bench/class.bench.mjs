// `netlearn class sweep` over a room of 32 learner servers on this machine, each on its own
// loopback address (the fixtures of test/fixtures/learner-servers/, correct and buggy, repeated to
// 32, three of them not running): the sweep's wall time and peak memory, against the same 32
// servers checked one after another with `netlearn check` in the same run (the ratio the issue asks
// for: at most 0.3); then the gradebook after 100 sweeps of 32 students, its size, and how long
// `class history` takes on it.
// Usage: node bench/class.bench.mjs  (after npm run build). Env: BENCH_CLI, BENCH_PARALLEL (8),
// BENCH_SKIP_SEQUENTIAL=1 (no one-after-another baseline).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = process.env.BENCH_CLI ?? fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
const parallel = process.env.BENCH_PARALLEL ?? '8';
const folder = fileURLToPath(new URL('../test/fixtures/learner-servers/', import.meta.url));
const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')).filter(
  (entry) => !entry.profile && !entry.file.includes('ipv6'),
);
const work = mkdtempSync(join(tmpdir(), 'netlearn-bench-class-'));
const port = 20_000 + Math.floor(Math.random() * 20_000);
const size = 32;
const absent = 3;

/** Starts a fixture at 127.0.0.x:port; resolves with a stop for its whole process group. */
function start(entry, host) {
  const path = join(folder, entry.file);
  let command = 'python3';
  let args = ['-u', path, String(port), host];
  if (entry.runtime === 'node') [command, args] = [process.execPath, [path, String(port), host]];
  if (entry.runtime === 'c') {
    command = join(work, entry.file);
    execFileSync('gcc', ['-O1', '-o', command, path, '-lpthread']);
    args = [String(port), host];
  }
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'ignore'], detached: true });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no port from ${entry.file}`)), 10_000);
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      out += chunk;
      if (!/PORT \d+/.test(out)) return;
      clearTimeout(timer);
      resolve(() => process.kill(-child.pid, 'SIGKILL'));
    });
  });
}

function timed(args) {
  const started = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C' },
    maxBuffer: 64 << 20,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const peak = Number(result.stderr.trim().split('\n').at(-1)) / 1024;
  return { ms, peak, stdout: result.stdout, stderr: result.stderr };
}

const students = Array.from({ length: size }, (_, index) => ({
  id: `s${index + 1}`,
  host: `127.0.0.${100 + index}`,
  entry: index < size - absent ? manifest[index % manifest.length] : undefined,
}));
const stops = await Promise.all(students.filter((s) => s.entry).map((s) => start(s.entry, s.host)));
try {
  writeFileSync(
    join(work, 'room.csv'),
    students.map((s) => `${s.id},${s.entry?.file ?? 'absent'},${s.host}`).join('\n'),
  );
  const db = join(work, 'gradebook.sqlite');
  timed(['class', 'init', 'room', '--roster', join(work, 'room.csv'), '--port', String(port), '--db', db]);
  const sweep = timed(['class', 'sweep', 'room', '--json', '--parallel', parallel, '--db', db]);
  const done = sweep.stdout.split('\n').filter((line) => line.includes('"type":"student"')).length;
  console.log(
    `sweep of ${size} (${parallel} at a time): ${(sweep.ms / 1000).toFixed(1)} s, peak ${sweep.peak.toFixed(0)} MiB, ${done} students reported`,
  );
  if (process.env.BENCH_SKIP_SEQUENTIAL !== '1') {
    let sequential = 0;
    for (const student of students) sequential += timed(['check', student.host, '--port', String(port), '--json']).ms;
    console.log(`the same ${size} checked one after another: ${(sequential / 1000).toFixed(1)} s`);
    console.log(`ratio sweep / one after another: ${(sweep.ms / sequential).toFixed(2)} (target <= 0.3)`);
  }
} finally {
  stops.forEach((stop) => stop());
}

// The gradebook after 100 sweeps of 32 students, written as a sweep writes them (one transaction a student).
const { default: Database } = await import('better-sqlite3');
const history = join(work, 'history.sqlite');
timed(['class', 'init', 'room', '--roster', join(work, 'room.csv'), '--port', String(port), '--db', history]);
const first = new Database(join(work, 'gradebook.sqlite'), { readonly: true });
const sample = first.prepare('SELECT r.*, s.student_id FROM runs r JOIN students s ON s.id = r.student').all();
const results = first.prepare('SELECT * FROM results WHERE run_id = ?');
first.close();
const book = new Database(history);
const students2 = new Map(
  book
    .prepare('SELECT student_id, id FROM students')
    .all()
    .map((row) => [row.student_id, row.id]),
);
const source = new Database(join(work, 'gradebook.sqlite'), { readonly: true });
const writeStarted = process.hrtime.bigint();
for (let sweepNo = 0; sweepNo < 100; sweepNo += 1) {
  const sweepId = book
    .prepare("INSERT INTO sweeps (class_id, started_at) VALUES (1, datetime('now'))")
    .run().lastInsertRowid;
  for (const run of sample) {
    book.transaction(() => {
      const runId = book
        .prepare(
          'INSERT INTO runs (sweep_id, student, verdict, cause, judgement, score, max_score, late, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        )
        .run(
          sweepId,
          students2.get(run.student_id),
          run.verdict,
          run.cause,
          run.judgement,
          run.score,
          run.max_score,
          run.late,
          new Date(Date.now() + sweepNo * 60_000).toISOString(),
        ).lastInsertRowid;
      for (const result of source.prepare('SELECT * FROM results WHERE run_id = ?').all(run.id))
        book
          .prepare('INSERT INTO results (run_id, check_id, status, cause, ms, result) VALUES (?, ?, ?, ?, ?, ?)')
          .run(runId, result.check_id, result.status, result.cause, result.ms, result.result);
    })();
  }
}
const writeMs = Number(process.hrtime.bigint() - writeStarted) / 1e6;
source.close();
book.pragma('wal_checkpoint(TRUNCATE)');
book.close();
void results;
console.log(
  `100 sweeps of ${sample.length} students written in ${(writeMs / 1000).toFixed(2)} s (${(writeMs / 100 / Math.max(1, sample.length)).toFixed(2)} ms a student)`,
);
console.log(`gradebook after 100 sweeps: ${(statSync(history).size / 1024 / 1024).toFixed(2)} MiB`);
const version = timed(['--version']);
const historyRun = timed(['class', 'history', 'room', '--db', history]);
console.log(
  `class history on it: ${historyRun.ms.toFixed(0)} ms (netlearn --version in the same run: ${version.ms.toFixed(0)} ms)`,
);
