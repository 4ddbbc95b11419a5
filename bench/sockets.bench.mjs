// What `netlearn sockets --watch` costs in CPU while it polls /proc/net/tcp{,6}, against a bare Node
// process waking on a timer at the same interval, measured in the same run with process.cpuUsage()
// (a preload reports it on SIGUSR2, at the start and at the end of each window). Rounds interleave
// the cases: the machine is shared and noisy, so only ratios mean something.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = process.env.NETLEARN_CLI ?? fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
const windowMs = Number(process.env.BENCH_WINDOW_MS ?? 3000);
const rounds = Number(process.env.BENCH_RUNS ?? 3);
const held = Number(process.env.BENCH_CONNECTIONS ?? 200);

const probe = join(mkdtempSync(join(tmpdir(), 'netlearn-bench-')), 'cpu-probe.cjs');
writeFileSync(
  probe,
  "process.on('SIGUSR2', () => { const u = process.cpuUsage(); process.stderr.write(`cpu ${u.user + u.system}\\n`); });\n" +
    "process.stderr.write('ready\\n');\n",
);

/** CPU microseconds a child spends during one window, after it has settled for half a second. */
async function cpuInWindow(args) {
  const child = spawn(process.execPath, ['-r', probe, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  const readings = [];
  let buffer = '';
  let ready = false;
  let exited = false;
  child.once('exit', () => (exited = true));
  child.stderr.setEncoding('utf8').on('data', (chunk) => {
    if (chunk.includes('ready\n')) ready = true;
    buffer += chunk;
    for (const match of buffer.matchAll(/cpu (\d+)\n/g)) readings.push(Number(match[1]));
    buffer = buffer.slice(buffer.lastIndexOf('\n') + 1);
  });
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const reading = async (count) => {
    while (readings.length < count) {
      if (exited) throw new Error(`${args.join(' ')} exited before reporting its CPU`);
      await sleep(5);
    }
    return readings[count - 1];
  };
  // A signal sent before the probe is loaded would end the child: wait for it, then let it settle.
  while (!ready) {
    if (exited) throw new Error(`${args.join(' ')} exited before starting`);
    await sleep(5);
  }
  await sleep(1000);
  child.kill('SIGUSR2');
  const start = await reading(1);
  await sleep(windowMs);
  child.kill('SIGUSR2');
  const end = await reading(2);
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('close', resolve));
  return end - start;
}

const cases = {
  'node, a 10 ms timer (baseline)': ['-e', 'setInterval(() => {}, 10)'],
  'sockets --all --watch (10 ms)': [cli, 'sockets', '--all', '--watch', '--json'],
  'sockets --port 5050 --watch (10 ms)': [cli, 'sockets', '--port', '5050', '--watch', '--json'],
  'sockets --all --watch --interval 100': [cli, 'sockets', '--all', '--watch', '--json', '--interval', '100'],
};

/** What one look costs on its own: reading both tables whole, as the reader does (median of 50). */
function lookMs() {
  const times = [];
  for (let i = 0; i < 50; i++) {
    const start = process.hrtime.bigint();
    readFileSync('/proc/net/tcp');
    readFileSync('/proc/net/tcp6');
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times.sort((a, b) => a - b)[25];
}

async function measure(label) {
  const lines = readFileSync('/proc/net/tcp', 'utf8').split('\n').length - 2;
  console.log(`${label}: one look (both /proc tables read whole) takes ${lookMs().toFixed(2)} ms`);
  const totals = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
  for (let round = 0; round < rounds; round++)
    for (const [name, args] of Object.entries(cases)) totals[name].push(await cpuInWindow(args));
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const baseline = median(totals['node, a 10 ms timer (baseline)']);
  console.log(`${label}: /proc/net/tcp has ${lines} sockets; CPU per second of watching, median of ${rounds}`);
  for (const [name, values] of Object.entries(totals)) {
    const perSecond = median(values) / windowMs; // µs per ms = ms per second
    const share = (perSecond / 10).toFixed(2);
    const ratio = (median(values) / baseline).toFixed(2);
    console.log(`  ${name.padEnd(40)} ${perSecond.toFixed(1).padStart(6)} ms/s (${share}% of a core)  ${ratio}x`);
  }
}

await measure('as the machine is');

// Many sockets make every read longer: hold some loopback connections open and measure again.
const server = createServer(() => {});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const clients = [];
for (let i = 0; i < held; i++) {
  const socket = createConnection({ host: '127.0.0.1', port: server.address().port });
  await new Promise((resolve) => socket.once('connect', resolve));
  clients.push(socket);
}
await measure(`with ${held} more connections held open`);
for (const socket of clients) socket.destroy();
server.close();
