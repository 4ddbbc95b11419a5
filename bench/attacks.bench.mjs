// The attacks of issue 16, each run against the built CLI, reporting the peak resident memory
// (VmHWM) of the attacked process and, for serve, how long a normal client's line took meanwhile.
// Usage: node bench/attacks.bench.mjs. BENCH_CLI: the build to attack (default dist/cli.cjs);
// BENCH_BEFORE: another build (main before a change), attacked in the same run for its figures.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';

const builds = [['after', process.env.BENCH_CLI ?? fileURLToPath(new URL('../dist/cli.cjs', import.meta.url))]];
if (process.env.BENCH_BEFORE) builds.unshift(['before', process.env.BENCH_BEFORE]);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const peakMiB = (pid) => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

function serve(cli) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'serve', '--json', '--port', '0'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      const port = /"event":"listening".*?"port":(\d+)/.exec(chunk)?.[1];
      if (port) resolve({ child, port: Number(port) });
    });
    child.once('exit', () => reject(new Error('serve exited')));
  });
}

function client(port) {
  return new Promise((resolve, reject) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.on('error', () => {});
    let seen = '';
    socket.on('data', (chunk) => {
      seen = (seen + chunk).slice(-4096);
      if (seen.includes('Welcome')) resolve(socket);
    });
    socket.once('error', reject);
  });
}

/** Slowest of five lines from one normal client to another. */
async function latency(port) {
  const [a, b] = [await client(port), await client(port)];
  let slowest = 0;
  for (let i = 0; i < 5; i++) {
    const started = Date.now();
    const arrived = new Promise((resolve) => {
      let seen = '';
      const onData = (chunk) => {
        seen += chunk;
        if (seen.includes(`probe-${i}`)) {
          b.off('data', onData);
          resolve();
        }
      };
      b.on('data', onData);
    });
    a.write(`probe-${i}\n`);
    await Promise.race([arrived, sleep(20_000)]);
    slowest = Math.max(slowest, Date.now() - started);
  }
  return slowest;
}

const attacks = {
  'tiny-line flood (8 clients x 256 KiB of empty lines)': async (port, sockets) => {
    for (let i = 0; i < 8; i++) {
      const socket = await client(port);
      sockets.push(socket);
      for (let k = 0; k < 4; k++) socket.write(Buffer.alloc(64 * 1024, '\n'));
    }
  },
  '/users amplification (300 idle, 20 asking 9,000 times, never reading)': async (port, sockets) => {
    for (let i = 0; i < 300; i++) sockets.push(await client(port));
    for (let i = 0; i < 20; i++) {
      const socket = await client(port);
      socket.pause();
      socket.write('/users\n'.repeat(9000));
      sockets.push(socket);
    }
  },
};

for (const [name, attack] of Object.entries(attacks)) {
  for (const [label, cli] of builds) {
    const { child, port } = await serve(cli);
    const sockets = [];
    await attack(port, sockets);
    const slowest = await latency(port);
    await sleep(1500);
    console.log(
      `${name}, ${label}: peak ${peakMiB(child.pid).toFixed(0)} MiB, other clients' slowest line ${slowest} ms`,
    );
    for (const socket of sockets) socket.destroy();
    child.kill('SIGKILL');
  }
}
process.exit(0);
