// `netlearn check`: the whole basic set (10 checks) against a correct local server, the figure the
// issue asks to stay under 10 s. Runs test/fixtures/chat-servers/correct.py and `netlearn serve`,
// each BENCH_RUNS times (3), and reports the wall time of each run, the median, the slowest checks,
// and, as a baseline from the same run, the CLI's bare startup (`--version`).
// Usage: node bench/check.bench.mjs  (after npm run build). Env: BENCH_RUNS, BENCH_CLI.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = process.env.BENCH_CLI ?? fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 3);
const basic = 'connect,broadcast,concurrent,split-line,two-lines,utf8,long-line,clean-leave,abrupt-leave,churn';
const targetMs = 10_000;

/** Starts a server and resolves with its port once it printed one. */
function start(command, args, pattern) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no port from ${command}: ${out}`)), 10_000);
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      out += chunk;
      const match = pattern.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ port: Number(match[1]), stop: () => child.kill('SIGKILL') });
      }
    });
    child.stderr.resume();
  });
}

function timed(args) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, result };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const startup = median(Array.from({ length: 5 }, () => timed(['--version']).ms));
console.log(`baseline: netlearn --version starts in ${startup.toFixed(0)} ms (median of 5)`);

const servers = [
  [
    'correct.py',
    'python3',
    [fileURLToPath(new URL('../test/fixtures/chat-servers/correct.py', import.meta.url)), '0'],
    /PORT (\d+)/,
  ],
  ['netlearn serve', process.execPath, [cli, 'serve', '--port', '0'], /127\.0\.0\.1:(\d+)/],
];
let over = false;
for (const [name, command, args, pattern] of servers) {
  const server = await start(command, args, pattern);
  const walls = [];
  let checks = [];
  for (let run = 0; run < runs; run++) {
    const { ms, result } = timed(['check', '--port', String(server.port), '--only', basic, '--json']);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const summary = lines.at(-1);
    walls.push(ms);
    checks = lines.filter((line) => line.type === 'check');
    console.log(`${name}: run ${run + 1}: ${ms.toFixed(0)} ms, ${summary.passed} passed, ${summary.failed} failed`);
  }
  server.stop();
  const slowest = [...checks].sort((a, b) => b.ms - a.ms).slice(0, 3);
  const wall = median(walls);
  if (name === 'correct.py' && wall >= targetMs) over = true;
  console.log(
    `${name}: median ${wall.toFixed(0)} ms for the basic set (${(wall / startup).toFixed(1)}x startup); ` +
      `slowest: ${slowest.map((check) => `${check.id} ${check.ms} ms`).join(', ')}`,
  );
}
console.log(over ? `OVER the ${targetMs} ms target` : `under the ${targetMs} ms target`);
process.exitCode = over ? 1 : 0;
