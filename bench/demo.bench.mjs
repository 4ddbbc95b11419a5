// The demo screen in a real pty (100x30) while 500 outside clients connect in one burst: frames
// drawn per second during the burst (cap 30), the app's CPU meanwhile, and how long a keypress (Tab,
// which redraws the whole screen in the other language) takes to show, with 500 clients against the
// same screen with none, measured in the same run (the machine is shared: the ratio is the figure).
// Usage: node bench/demo.bench.mjs   Env: BENCH_RUNS (3), BENCH_BURST (500), BENCH_PRESSES (10),
// BENCH_CLI (a copy of dist/cli.cjs), BENCH_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const burst = Number(process.env.BENCH_BURST ?? 500);
const presses = Number(process.env.BENCH_PRESSES ?? 10);
const cli = process.env.BENCH_CLI ?? fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
const ticks = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
const { spawn: spawnPty } = await import('@lydell/node-pty');
const { default: xterm } = await import('@xterm/headless');

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const max = (values) => Math.max(...values);
const ms = (value) => `${value.toFixed(0)} ms`;

function cpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / ticks;
}

/** The demo in a pty with a headless terminal reading its output, as a person's terminal would. */
function openDemo() {
  const terminal = new xterm.Terminal({ cols: 100, rows: 30, allowProposedApi: true });
  const child = spawnPty(process.execPath, [...nodeArgs, cli, 'demo'], {
    name: 'xterm-256color',
    cols: 100,
    rows: 30,
    env: { ...process.env, LANG: 'C', CI: 'false', TERM: 'xterm-256color' },
  });
  const writes = [];
  let pending = Promise.resolve();
  child.onData((data) => {
    writes.push(performance.now());
    pending = pending.then(() => new Promise((resolve) => terminal.write(data, resolve)));
  });
  const screen = () => {
    const buffer = terminal.buffer.active;
    const rows = [];
    for (let i = 0; i < terminal.rows; i++)
      rows.push(buffer.getLine(buffer.viewportY + i)?.translateToString(true) ?? '');
    return rows.join('\n');
  };
  const waitFor = async (test, timeout = 20_000) => {
    const holds = (text) => (typeof test === 'function' ? test(text) : test.test(text));
    const deadline = Date.now() + timeout;
    for (;;) {
      await pending;
      const current = screen();
      if (holds(current)) return current;
      if (Date.now() > deadline) throw new Error(`screen never showed ${test}:\n${current}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  // Frames: bursts of output separated by a quiet gap (one frame may arrive in several chunks).
  const framesBetween = (from, to) => {
    let frames = 0;
    let last = -Infinity;
    for (const at of writes) {
      if (at < from || at > to) continue;
      if (at - last > 4) frames++;
      last = at;
    }
    return frames;
  };
  const keyLatency = async () => {
    const spanish = screen().includes('Clientes:');
    const pressed = performance.now();
    child.write('\t');
    await waitFor((text) => text.includes('Clientes:') !== spanish && /Client(e)?s:/.test(text));
    return performance.now() - pressed;
  };
  const close = () =>
    new Promise((resolve) => {
      const timer = setTimeout(() => {
        child.kill();
        resolve();
      }, 5000);
      child.onExit(() => {
        clearTimeout(timer);
        resolve();
      });
      child.write('q');
    });
  return { child, waitFor, framesBetween, keyLatency, close };
}

/** Tab pressed `presses` times: each one's wall time to the screen, and the app's CPU per press. */
async function latencies(demo) {
  const taken = [];
  const cpuBefore = cpuSeconds(demo.child.pid);
  for (let i = 0; i < presses; i++) {
    taken.push(await demo.keyLatency());
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  taken.cpuMs = ((cpuSeconds(demo.child.pid) - cpuBefore) * 1000) / presses;
  return taken;
}

async function oneRun() {
  const demo = openDemo();
  const sockets = [];
  try {
    const port = Number(/nc 127\.0\.0\.1 (\d+)/.exec(await demo.waitFor(/nc 127\.0\.0\.1 \d+/))[1]);
    const empty = await latencies(demo);
    const cpuBefore = cpuSeconds(demo.child.pid);
    const started = performance.now();
    for (let i = 0; i < burst; i++) {
      const socket = connect({ host: '127.0.0.1', port });
      socket.on('error', () => {});
      sockets.push(socket);
    }
    const duringBurst = await demo.keyLatency();
    await demo.waitFor(new RegExp(`Client(e)?s: ${burst} (open|abiertos?)`));
    const shown = performance.now();
    const seconds = (shown - started) / 1000;
    const fps = demo.framesBetween(started, shown) / seconds;
    const cpu = cpuSeconds(demo.child.pid) - cpuBefore;
    const full = await latencies(demo);
    return { empty, duringBurst, seconds, fps, cpu, full };
  } finally {
    for (const socket of sockets) socket.destroy();
    await demo.close();
  }
}

const results = [];
for (let run = 1; run <= runs; run++) {
  const result = await oneRun();
  results.push(result);
  console.log(
    `run ${run}: ${burst} clients shown after ${ms(result.seconds * 1000)} at ${result.fps.toFixed(1)} fps ` +
      `(cap 30), ${result.cpu.toFixed(2)} s CPU; Tab with none: median ${ms(median(result.empty))}, ` +
      `max ${ms(max(result.empty))}, CPU ${ms(result.empty.cpuMs)}/press; during the burst ${ms(result.duringBurst)}; with ${burst}: median ` +
      `${ms(median(result.full))}, max ${ms(max(result.full))}, CPU ${ms(result.full.cpuMs)}/press`,
  );
}
const empty = results.flatMap((result) => result.empty);
const full = results.flatMap((result) => result.full);
console.log(
  `all runs (${empty.length} presses each): Tab with none median ${ms(median(empty))} max ${ms(max(empty))}; ` +
    `with ${burst} clients median ${ms(median(full))} max ${ms(max(full))}; ` +
    `ratio median x${(median(full) / median(empty)).toFixed(2)}, max x${(max(full) / max(empty)).toFixed(2)}; ` +
    `during the burst max ${ms(max(results.map((result) => result.duringBurst)))}; ` +
    `fps max ${max(results.map((result) => result.fps)).toFixed(1)}`,
);
