// The quiz's piped protocol: a 10-question classroom run (mostly startup) and a 10,000-question run
// (generation, checking and line-by-line reading), each against a baseline in the same run: bare
// `node -e ''` for startup, and a plain Node readline echo of the same lines for throughput.
// Usage: node bench/quiz.bench.mjs   Env: BENCH_RUNS (5), BENCH_CLI (defaults to dist/cli.cjs).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const cli = process.env.BENCH_CLI ?? fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
const env = { ...process.env, LANG: 'C', NO_COLOR: '1' };

function time(args, input) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { input, env, maxBuffer: 1 << 28 });
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

const echo =
  "const rl=require('node:readline').createInterface({input:process.stdin});let n=0;" +
  "rl.on('line',l=>{n++;process.stdout.write(JSON.stringify({event:'feedback',n,correct:false,expected:l})+'\\n')});";

const small = 'x\n'.repeat(10);
const big = 'x\n'.repeat(10_000);
const bare = time(['-e', '']);
const quiz10 = time([cli, 'quiz', '--json', '--seed', '1', '--count', '10'], small);
const echo10k = time(['-e', echo], big);
const quiz10k = time([cli, 'quiz', '--json', '--seed', '1', '--count', '10000'], big);
const plain10k = time([cli, 'quiz', '--seed', '1', '--count', '10000'], big);

const ms = (n) => `${n.toFixed(1)} ms`;
console.log(`runs per figure: ${runs} (median)`);
console.log(`node -e ''                              ${ms(bare)}`);
console.log(`quiz --json --count 10 (10 answers)     ${ms(quiz10)}  (${(quiz10 / bare).toFixed(2)}x bare node)`);
console.log(`readline echo, 10,000 lines             ${ms(echo10k)}`);
console.log(
  `quiz --json --count 10000               ${ms(quiz10k)}  (${(quiz10k / echo10k).toFixed(2)}x the echo; ${Math.round(10_000 / (quiz10k / 1000))} questions/s)`,
);
console.log(`quiz plain --count 10000                ${ms(plain10k)}  (${(plain10k / echo10k).toFixed(2)}x the echo)`);
