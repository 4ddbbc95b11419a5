// netlearn subnet 10.0.0.0/8 --split /28 > /dev/null (1,048,576 lines) against Python's ipaddress
// listing the same subnets, in the same run: median wall time of 3 runs each, the ratio, and the
// peak memory (RSS) of netlearn. Targets: at least 10x faster, at most 150 MB.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, openSync, closeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
const runs = 3;
const python = [
  'python3',
  '-c',
  "import ipaddress,sys; w=sys.stdout.write; [w(str(n)+'\\n') for n in ipaddress.ip_network('10.0.0.0/8').subnets(new_prefix=28)]",
];
const netlearn = [process.execPath, cli, 'subnet', '10.0.0.0/8', '--split', '/28'];

/** Runs a command with stdout to /dev/null; resolves its wall time (ms) and peak RSS (KiB) when known. */
function timeRun([command, ...args]) {
  return new Promise((resolve, reject) => {
    const out = openSync('/dev/null', 'w');
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { stdio: ['ignore', out, 'inherit'] });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      closeSync(out);
      if (code !== 0) reject(new Error(`${command} exited ${code}`));
      else resolve(ms);
    });
  });
}

/** Peak RSS in MB of one netlearn run, from GNU time when present, else from a wrapper's resourceUsage. */
function peakRssMb() {
  if (existsSync('/usr/bin/time')) {
    const result = spawnSync('/usr/bin/time', ['-f', '%M', ...netlearn], {
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    });
    const kib = Number(result.stderr.trim().split('\n').pop());
    if (Number.isFinite(kib) && kib > 0) return { mb: kib / 1024, how: '/usr/bin/time -f %M' };
  }
  // The child's own maxRSS, reported by a tiny Node wrapper that runs the CLI in-process.
  const wrapper = `process.argv.splice(1, 1); process.on('exit', () => process.stderr.write('\\nRSS ' + process.resourceUsage().maxRSS + '\\n')); await import(${JSON.stringify(cli)});`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', wrapper, 'x', cli, ...netlearn.slice(2)], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const kib = Number(/RSS (\d+)/.exec(result.stderr)?.[1]);
  return { mb: kib / 1024, how: 'process.resourceUsage().maxRSS' };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

if (!existsSync(cli)) {
  console.log('dist/cli.cjs is missing: run `npm run build` first');
  process.exit(0);
}
const hasPython = spawnSync('python3', ['--version']).status === 0;
const ours = [];
const theirs = [];
for (let i = 0; i < runs; i++) {
  ours.push(await timeRun(netlearn));
  if (hasPython) theirs.push(await timeRun(python));
}
const oursMs = median(ours);
console.log(
  `netlearn subnet 10.0.0.0/8 --split /28 > /dev/null   median ${oursMs.toFixed(0)} ms  (runs: ${ours.map((ms) => ms.toFixed(0)).join(', ')})`,
);
if (hasPython) {
  const theirsMs = median(theirs);
  console.log(
    `python3 ipaddress, same 1,048,576 subnets          median ${theirsMs.toFixed(0)} ms  (runs: ${theirs.map((ms) => ms.toFixed(0)).join(', ')})`,
  );
  console.log(`ratio: netlearn is ${(theirsMs / oursMs).toFixed(1)}x faster (target >= 10x)`);
} else {
  console.log('python3 not found: no baseline this run');
}
const rss = peakRssMb();
console.log(`peak RSS of netlearn: ${rss.mb.toFixed(1)} MB via ${rss.how} (target <= 150 MB)`);
