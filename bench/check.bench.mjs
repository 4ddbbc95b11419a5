// `netlearn check` against the learner servers of test/fixtures/learner-servers/: how long the basic
// run takes on correct servers (target <= 5 s), `--strict` on them (<= 20 s), the slowest buggy
// one with --strict (<= 15 s), and the peak memory against a server that floods each client with a
// gigabyte (<= 120 MB). Each figure beside the CLI's bare start (`--version`) in the same run.
// Usage: node bench/check.bench.mjs  (after npm run build). Env: BENCH_RUNS (3), BENCH_CLI.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = process.env.BENCH_CLI ?? fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 3);
const folder = fileURLToPath(new URL('../test/fixtures/learner-servers/', import.meta.url));
const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
const binaries = mkdtempSync(join(tmpdir(), 'netlearn-bench-c-'));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Starts a fixture on port 0; resolves with its port and a stop for its whole process group. */
function start(entry) {
  const path = join(folder, entry.file);
  let command = 'python3';
  let args = ['-u', path, '0'];
  if (entry.runtime === 'node') [command, args] = [process.execPath, [path, '0']];
  if (entry.runtime === 'c') {
    command = join(binaries, entry.file);
    execFileSync('gcc', ['-O1', '-o', command, path, '-lpthread']);
    args = ['0'];
  }
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'ignore'], detached: true });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no port from ${entry.file}`)), 10_000);
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      out += chunk;
      const match = /PORT (\d+)/.exec(out);
      if (!match) return;
      clearTimeout(timer);
      resolve({ port: Number(match[1]), stop: () => process.kill(-child.pid, 'SIGKILL') });
    });
  });
}

/** Runs the CLI; its wall time in ms, its peak resident memory in MiB (from /usr/bin/time), its output. */
function timed(args) {
  const started = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C' },
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const peak = Number(result.stderr.trim().split('\n').at(-1)) / 1024;
  return { ms, peak, stdout: result.stdout };
}

async function checkRuns(entry, extra) {
  const server = await start(entry);
  const walls = [];
  let cause = '';
  for (let run = 0; run < runs; run++) {
    const { ms, stdout } = timed(['check', '127.0.0.1', '--port', String(server.port), '--json', ...extra]);
    walls.push(ms);
    cause = JSON.parse(stdout.split('\n')[0]).cause;
  }
  server.stop();
  return { ms: median(walls), cause };
}

const startup = median(Array.from({ length: 5 }, () => timed(['--version']).ms));
console.log(`baseline: netlearn --version in ${startup.toFixed(0)} ms (median of 5)`);
const row = (label, ms, target) =>
  console.log(
    `${label.padEnd(44)} ${(ms / 1000).toFixed(1).padStart(5)} s  (${(ms / startup).toFixed(0)}x start)  target <= ${target} s`,
  );

const correct = manifest.filter((entry) => entry.verdict === 'pass' && !entry.profile);
for (const entry of correct) row(`basic, ${entry.file}`, (await checkRuns(entry, [])).ms, 5);
for (const entry of correct) row(`--strict, ${entry.file}`, (await checkRuns(entry, ['--strict'])).ms, 20);
let slowest = { ms: 0, file: '' };
for (const entry of manifest.filter((candidate) => candidate.verdict === 'fail')) {
  const { ms } = await checkRuns(entry, ['--strict']);
  if (ms > slowest.ms) slowest = { ms, file: entry.file };
}
row(`slowest buggy (--strict): ${slowest.file}`, slowest.ms, 15);

// A server that sends every client a gigabyte of 'z': the checker reads what it needs and no more.
const chunk = Buffer.alloc(1 << 20, 'z');
const flood = createServer((socket) => {
  socket.on('error', () => {});
  socket.resume();
  let sent = 0;
  const more = () => {
    while (sent < 1024 * chunk.length && !socket.destroyed) {
      sent += chunk.length;
      if (!socket.write(chunk)) return void socket.once('drain', more);
    }
  };
  more();
});
await new Promise((resolve) => flood.listen(0, '127.0.0.1', resolve));
const { port } = flood.address();
const peaks = [];
for (let run = 0; run < runs; run++)
  peaks.push(timed(['check', '127.0.0.1', '--port', String(port), '--strict', '--json']).peak);
flood.close();
console.log(
  `${'peak memory vs a gigabyte per client'.padEnd(44)} ${median(peaks).toFixed(0).padStart(5)} MiB  target <= 120 MiB`,
);
process.exit(0);
