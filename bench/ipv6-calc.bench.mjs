// IPv6 splits and `range` against Python's ipaddress doing the same, in the same run, stdout to
// /dev/null: median wall and CPU (user+sys) time of 3 runs each, and the ratio. Each tool's bare
// start-up (`netlearn --version`, `python3 -c "import ipaddress"`) is measured too, so the ratio of
// the work alone is shown beside the ratio of whole processes. Target: at least 10x faster.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
const runs = 3;
const py = (code) => ['python3', '-c', `import ipaddress,sys; w=sys.stdout.write; ${code}`];
const cases = [
  {
    name: '2001:db8::/32 --split /48 (65,536 lines)',
    ours: ['subnet', '2001:db8::/32', '--split', '/48'],
    theirs: py("[w(str(n)+'\\n') for n in ipaddress.ip_network('2001:db8::/32').subnets(new_prefix=48)]"),
  },
  {
    name: '10.0.0.0/8 --split /28 (1,048,576 lines)',
    ours: ['subnet', '10.0.0.0/8', '--split', '/28'],
    theirs: py("[w(str(n)+'\\n') for n in ipaddress.ip_network('10.0.0.0/8').subnets(new_prefix=28)]"),
  },
  {
    name: 'range 10.0.0.0 10.255.255.254 (a /8 minus one address: 24 blocks)',
    ours: ['range', '10.0.0.0', '10.255.255.254'],
    theirs: py(
      "[w(str(n)+'\\n') for n in ipaddress.summarize_address_range(ipaddress.ip_address('10.0.0.0'), ipaddress.ip_address('10.255.255.254'))]",
    ),
  },
  {
    name: 'range :: ffff:...:fffe (all of IPv6 minus one address: 128 blocks)',
    ours: ['range', '::', 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe'],
    theirs: py(
      "[w(str(n)+'\\n') for n in ipaddress.summarize_address_range(ipaddress.ip_address('::'), ipaddress.ip_address('ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe'))]",
    ),
  },
];

/** One run with stdout to /dev/null: wall ms, and CPU ms of the child from /usr/bin/time when present. */
function timeRun([command, ...args]) {
  return new Promise((resolve, reject) => {
    const out = openSync('/dev/null', 'w');
    const timed = existsSync('/usr/bin/time');
    const argv = timed ? ['/usr/bin/time', '-f', 'CPU %U %S', command, ...args] : [command, ...args];
    const started = process.hrtime.bigint();
    const child = spawn(argv[0], argv.slice(1), { stdio: ['ignore', out, 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const wall = Number(process.hrtime.bigint() - started) / 1e6;
      closeSync(out);
      if (code !== 0) return reject(new Error(`${command} exited ${code}: ${stderr}`));
      const cpu = /CPU ([\d.]+) ([\d.]+)/.exec(stderr);
      resolve({ wall, cpu: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : NaN });
    });
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measure(command) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await timeRun(command));
  return { wall: median(results.map((r) => r.wall)), cpu: median(results.map((r) => r.cpu)) };
}

const ms = (value) => (Number.isNaN(value) ? '?' : `${value.toFixed(0)} ms`);

if (!existsSync(cli)) {
  console.log('dist/cli.cjs is missing: run `npm run build` first');
  process.exit(0);
}
const hasPython = spawnSync('python3', ['-c', 'import ipaddress']).status === 0;
const ourStart = await measure([process.execPath, cli, '--version']);
const theirStart = hasPython ? await measure(['python3', '-c', 'import ipaddress']) : undefined;
console.log(
  `start-up alone: netlearn ${ms(ourStart.wall)} wall, ${ms(ourStart.cpu)} CPU` +
    (theirStart ? `; python3 ${ms(theirStart.wall)} wall, ${ms(theirStart.cpu)} CPU` : ''),
);
for (const { name, ours, theirs } of cases) {
  const a = await measure([process.execPath, cli, ...ours]);
  console.log(`\n${name}\n  netlearn  ${ms(a.wall)} wall, ${ms(a.cpu)} CPU`);
  if (!theirStart) {
    console.log('  python3 not found: no baseline this run');
    continue;
  }
  const b = await measure(theirs);
  const ourWork = a.cpu - ourStart.cpu;
  const theirWork = b.cpu - theirStart.cpu;
  console.log(`  python3   ${ms(b.wall)} wall, ${ms(b.cpu)} CPU`);
  // Under ~30 ms of work either way the run is all start-up, and a ratio of the rest is noise.
  const work =
    ourWork > 30 && theirWork > 30 ? `${(theirWork / ourWork).toFixed(1)}x CPU less start-up` : 'both all start-up';
  console.log(
    `  ratio: ${(b.wall / a.wall).toFixed(1)}x wall, ${(b.cpu / a.cpu).toFixed(1)}x CPU, ${work} (target >= 10x)`,
  );
}
