// What the lesson commands cost: `netlearn lesson ipv4` (reads the lessons the build parsed, renders
// one) and `netlearn lessons --json`, as ratios to bare `node -e 0` (issue 10 asks at most 1.5x),
// beside `netlearn --version` (start-up only) and `netlearn help` (start-up and the words every
// command loads), all in the same run, interleaved. Only the ratios mean much on a shared machine.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// BENCH_CLI: measure a copy of the bundle while other work rebuilds dist/. BENCH_BEFORE: another
// build (say, of the main branch) measured in the same run, for a before/after figure.
const cli = process.env.BENCH_CLI ?? fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
const before = process.env.BENCH_BEFORE;
const runs = Number(process.env.BENCH_RUNS ?? 15);
const env = { ...process.env, LANG: 'C', XDG_CONFIG_HOME: mkdtempSync(join(tmpdir(), 'netlearn-bench-')) };

const cases = {
  'node -e 0': ['-e', '0'],
  'netlearn --version': [cli, '--version'],
  'netlearn help': [cli, 'help'],
  'netlearn lessons --json': [cli, 'lessons', '--json'],
  'netlearn lesson ipv4': [cli, 'lesson', 'ipv4'],
  'netlearn lesson utf8 --lang es': [cli, 'lesson', 'utf8', '--lang', 'es'],
  ...(before && {
    'before: lessons --json': [before, 'lessons', '--json'],
    'before: lesson ipv4': [before, 'lesson', 'ipv4'],
  }),
};

const targets = new Set(['netlearn lessons --json', 'netlearn lesson ipv4']);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const times = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
for (let i = 0; i < runs; i++) {
  for (const [name, args] of Object.entries(cases)) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
    if (result.status !== 0) throw new Error(`${name} exited ${result.status}`);
    times[name].push(Number(process.hrtime.bigint() - start) / 1e6);
  }
}
const base = median(times['netlearn --version']);
const node = median(times['node -e 0']);
console.log(`median of ${runs} runs each`);
for (const name of Object.keys(cases)) {
  const ms = median(times[name]);
  const target = targets.has(name) ? '   (target: at most x1.50 node)' : '';
  const ratios = `x${(ms / node).toFixed(2)} node   x${(ms / base).toFixed(2)} --version`;
  console.log(`${name.padEnd(32)} ${ms.toFixed(1).padStart(7)} ms   ${ratios}${target}`);
}
