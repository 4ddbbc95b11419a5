// The labs' plain commands against bare Node, measured in the same run and interleaved (the machine
// is shared and noisy: only ratios mean something). Also: the threads lab's own timings, and the
// UTF-8 inspector on a large piped text against Node hex-dumping the same bytes.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// NETLEARN_CLI points at another build (a copy, when others rebuild dist/ meanwhile).
const cli = process.env.NETLEARN_CLI ?? fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 11);
const env = { ...process.env, LANG: 'C' };

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function timeSpawn(args, input) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, {
    env,
    input,
    stdio: ['pipe', 'pipe', 'inherit'],
    maxBuffer: 1 << 30,
  });
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}`);
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, stdout: result.stdout };
}

const cases = {
  'node -e 0 (baseline)': () => timeSpawn(['-e', '0']),
  'port 80 --json': () => timeSpawn([cli, 'port', '80', '--json']),
  'port 5050 --try-bind --json': () => timeSpawn([cli, 'port', '5050', '--try-bind', '--json']),
  'utf8 "¡Hola, señor!" --json': () => timeSpawn([cli, 'utf8', '¡Hola, señor! ñ é €', '--json']),
  'host --json': () => timeSpawn([cli, 'host', '--json']),
  'families --json': () => timeSpawn([cli, 'families', '--json']),
};
const times = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
for (let i = 0; i < runs; i++) for (const [name, run] of Object.entries(cases)) times[name].push(run().ms);

const baseline = median(times['node -e 0 (baseline)']);
console.log(`start-up, median of ${runs} runs`);
for (const [name, values] of Object.entries(times)) {
  const ms = median(values);
  console.log(`  ${name.padEnd(30)} ${ms.toFixed(1).padStart(7)} ms  ${(ms / baseline).toFixed(2)}x`);
}

// The race itself: the command reports its own timings; take the median of a few runs.
const race = [];
for (let i = 0; i < 5; i++) race.push(JSON.parse(timeSpawn([cli, 'threads', '--json']).stdout.toString()));
const lostShare = race.map((r) => r.withoutLock.lost / r.expected);
console.log('threads --json (4 x 100000), median of 5');
console.log(
  `  without lock ${median(race.map((r) => r.withoutLock.ms)).toFixed(1)} ms, lost ${(median(lostShare) * 100).toFixed(0)}% (min ${(Math.min(...lostShare) * 100).toFixed(0)}%, max ${(Math.max(...lostShare) * 100).toFixed(0)}%)`,
);
console.log(
  `  with lock    ${median(race.map((r) => r.withLock.ms)).toFixed(1)} ms, always exact: ${race.every((r) => r.withLock.result === r.expected)}`,
);
console.log(
  `  lock cost    ${(median(race.map((r) => r.withLock.ms)) / median(race.map((r) => r.withoutLock.ms))).toFixed(1)}x`,
);

// A large text through the inspector (one row per character) against a bare hex dump of its bytes.
const text = '¡Hola, señor! ñ é € 😀 '.repeat(4000);
const hexDump =
  "let d='';process.stdin.on('data',c=>d+=c).on('end',()=>{for(const ch of d)process.stdout.write(Buffer.from(ch).toString('hex')+'\\n')})";
const inspector = [];
const bare = [];
for (let i = 0; i < 5; i++) {
  inspector.push(timeSpawn([cli, 'utf8'], text).ms);
  bare.push(timeSpawn(['-e', hexDump], text).ms);
}
console.log(`utf8 on ${[...text].length} code points (${Buffer.byteLength(text)} bytes) piped, median of 5`);
console.log(`  netlearn utf8      ${median(inspector).toFixed(1)} ms`);
console.log(
  `  node hex dump      ${median(bare).toFixed(1)} ms  (inspector ${(median(inspector) / median(bare)).toFixed(2)}x)`,
);
