// 300 chat clients connected at once, each sending 10 lines; every line must reach the 299 others
// (897,000 deliveries). Runs `netlearn serve` and bench/reference_chat_server.py (a thread per
// client, a lock around the list) under the same load client, in its own process, in the same run,
// and reports wall time, the server's CPU seconds for the message phase (utime+stime from
// /proc/<pid>/stat) and its peak memory (VmHWM). Usage: node bench/chat.bench.mjs
// Env: BENCH_CLIENTS (300), BENCH_LINES (10), BENCH_RUNS (3), BENCH_CLI (a copy of dist/cli.cjs).
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';

const clients = Number(process.env.BENCH_CLIENTS ?? 300);
const lines = Number(process.env.BENCH_LINES ?? 10);
const runs = Number(process.env.BENCH_RUNS ?? 3);
let ticks = 100;

if (process.argv[2] === '--load') await loadClient(Number(process.argv[3]));
else await main();

/** The load client: connects everyone, says "ready", waits for "go", sends, counts, prints JSON. */
async function loadClient(port) {
  const expected = lines * (clients - 1);
  const received = new Array(clients).fill(0);
  const sockets = [];
  const join = (index) =>
    new Promise((resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port });
      let welcomed = false;
      let rest = '';
      socket.setEncoding('utf8');
      socket.on('error', reject);
      socket.on('data', (chunk) => {
        const parts = (rest + chunk).split('\n');
        rest = parts.pop();
        for (const line of parts) {
          if (!welcomed) {
            welcomed = true;
            resolve();
          }
          if (/ m \d+ \d+$/.test(line)) received[index]++;
        }
        if (done && received.every((n) => n >= expected)) done();
      });
      sockets[index] = socket;
    });
  let done;
  // In batches, so a listen backlog of 128 (Python's default) never overflows.
  for (let start = 0; start < clients; start += 50) {
    await Promise.all(Array.from({ length: Math.min(50, clients - start) }, (_, i) => join(start + i)));
  }
  process.stdout.write('ready\n');
  await new Promise((resolve) => process.stdin.once('data', resolve));
  const finished = new Promise((resolve) => {
    done = resolve;
    setTimeout(resolve, 180_000).unref();
  });
  const started = process.hrtime.bigint();
  sockets.forEach((socket, index) => {
    for (let n = 0; n < lines; n++) socket.write(`m ${index} ${n}\n`);
  });
  if (received.every((n) => n >= expected)) done();
  await finished;
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const delivered = received.reduce((a, b) => a + b, 0);
  process.stdout.write(JSON.stringify({ wallMs, delivered, expected: expected * clients }) + '\n');
  for (const socket of sockets) socket.destroy();
}

function cpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / ticks;
}

function peakMemoryMiB(pid) {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

function firstLine(stream) {
  return new Promise((resolve) => {
    let text = '';
    const onData = (chunk) => {
      text += chunk;
      const newline = text.indexOf('\n');
      if (newline >= 0) {
        stream.off('data', onData);
        stream.resume();
        resolve(text.slice(0, newline));
      }
    };
    stream.setEncoding('utf8').on('data', onData);
  });
}

async function measure(name, command, args, portOf) {
  const server = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, LANG: 'C' } });
  const port = portOf(await firstLine(server.stdout));
  server.stdout.on('data', () => {}); // keep its log flowing
  const load = spawn(process.execPath, [fileURLToPath(import.meta.url), '--load', String(port)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const ready = await firstLine(load.stdout);
  if (ready !== 'ready') throw new Error(`load client said ${ready}`);
  const cpuBefore = cpuSeconds(server.pid);
  const resultLine = firstLine(load.stdout);
  load.stdin.write('go\n');
  const result = JSON.parse(await resultLine);
  const cpu = cpuSeconds(server.pid) - cpuBefore;
  const memory = peakMemoryMiB(server.pid);
  load.stdin.end();
  await new Promise((resolve) => load.on('exit', resolve));
  server.kill('SIGTERM');
  await new Promise((resolve) => server.on('exit', resolve));
  return { name, ...result, cpu, memory };
}

async function main() {
  ticks = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
  const cli = process.env.BENCH_CLI ?? fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
  const python = spawnSync('python3', ['--version']).status === 0;
  const reference = fileURLToPath(new URL('reference_chat_server.py', import.meta.url));
  const results = { netlearn: [], python: [] };
  for (let run = 0; run < runs; run++) {
    results.netlearn.push(
      await measure(
        'netlearn serve',
        process.execPath,
        // The defaults a learner gets: on loopback no per-address limit may refuse the 300 local clients.
        [cli, 'serve', '--port', '0', '--json'],
        (line) => JSON.parse(line).port,
      ),
    );
    if (python) results.python.push(await measure('python reference', 'python3', [reference, '0'], Number));
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log(
    `${clients} clients x ${lines} lines = ${(clients * lines * (clients - 1)).toLocaleString('en')} deliveries; median of ${runs} runs`,
  );
  const rows = {};
  for (const [key, list] of Object.entries(results)) {
    if (list.length === 0) continue;
    const lost = Math.max(...list.map((r) => r.expected - r.delivered));
    rows[key] = {
      wall: median(list.map((r) => r.wallMs)),
      cpu: median(list.map((r) => r.cpu)),
      memory: median(list.map((r) => r.memory)),
      lost,
    };
    const row = rows[key];
    console.log(
      `${list[0].name.padEnd(18)} wall ${(row.wall / 1000).toFixed(2).padStart(6)} s   cpu ${row.cpu.toFixed(2).padStart(6)} s   peak memory ${row.memory.toFixed(1).padStart(6)} MiB   lost ${lost}`,
    );
  }
  if (rows.python) {
    console.log(
      `netlearn/python: cpu x${(rows.netlearn.cpu / rows.python.cpu).toFixed(3)} (target <= 0.25), wall x${(rows.netlearn.wall / rows.python.wall).toFixed(3)}`,
    );
  } else {
    console.log('python3 not found: reference skipped');
  }
}
