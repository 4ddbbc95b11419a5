// Start-up cost of netlearn against bare Node, measured in the same run (the machine is shared and
// noisy, so only ratios mean something). Runs are interleaved so drift hits both sides alike.
//   plain commands: `--version`, `help`, `ip 192.168.1.10` and `lesson ipv4` vs `node -e 0`
//   (targets: --version and ip <= 1.4, lesson <= 1.5)
//   the TUI's first frame in a pty vs bare node printing a line in the same kind of pty (target: <= 2.5x)
//   resident memory of the idle TUI
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pty from '@lydell/node-pty';

// NETLEARN_CLI points at another build (say, main before a change) to compare the two in one run.
const cli = process.env.NETLEARN_CLI ?? fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
// BENCH_BEFORE: another build's entry (main before a change), its TUI timed in the same loop.
const before = process.env.BENCH_BEFORE;
const runs = Number(process.env.BENCH_RUNS ?? 21);
// A fresh config folder: saved progress would resume a lesson instead of showing the home screen.
const config = mkdtempSync(join(tmpdir(), 'netlearn-bench-'));
process.on('exit', () => rmSync(config, { recursive: true, force: true }));
const env = { ...process.env, LANG: 'C', TERM: 'xterm-256color', XDG_CONFIG_HOME: config };
delete env.CI;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

function timeSpawn(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** The baseline: bare node printing the same words in the same kind of pty. */
const bareLine = ['-e', "process.stdout.write('learn today'); setTimeout(() => {}, 100000)"];

/** Milliseconds from spawn to the home screen's first frame (or `args`' line), and the idle RSS after it. */
function firstFrame({ measureMemory = false, args = [cli] } = {}) {
  const quit = args !== bareLine;
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = pty.spawn(process.execPath, args, { name: 'xterm-256color', cols: 80, rows: 24, env });
    let output = '';
    let ms;
    const timer = setTimeout(() => reject(new Error('no first frame in 10 s')), 10_000);
    child.onData((data) => {
      output += data;
      if (ms === undefined && output.includes('learn today')) {
        ms = Number(process.hrtime.bigint() - start) / 1e6;
        const finish = () => {
          const rss = measureMemory ? readRss(child.pid) : undefined;
          if (quit) child.write('q');
          else child.kill();
          resolve({ ms, rss });
        };
        setTimeout(finish, measureMemory ? 1000 : 0);
      }
    });
    child.onExit(() => clearTimeout(timer));
  });
}

function readRss(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
}

const bare = [];
const version = [];
const help = [];
const ip = [];
const lesson = [];
const beforeVersion = [];
const beforeIp = [];
const beforeLesson = [];
const tuiBare = [];
const tui = [];
const tuiBefore = [];
for (let i = 0; i < runs; i++) {
  bare.push(timeSpawn(['-e', '0']));
  version.push(timeSpawn([cli, '--version']));
  help.push(timeSpawn([cli, 'help']));
  ip.push(timeSpawn([cli, 'ip', '192.168.1.10']));
  lesson.push(timeSpawn([cli, 'lesson', 'ipv4']));
  if (before) {
    beforeVersion.push(timeSpawn([before, '--version']));
    beforeIp.push(timeSpawn([before, 'ip', '192.168.1.10']));
    beforeLesson.push(timeSpawn([before, 'lesson', 'ipv4']));
  }
}
for (let i = 0; i < Math.ceil(runs / 2); i++) {
  tuiBare.push((await firstFrame({ args: bareLine })).ms);
  tui.push((await firstFrame()).ms);
  if (before) tuiBefore.push((await firstFrame({ args: [before] })).ms);
}
const { rss } = await firstFrame({ measureMemory: true });

const row = (name, values, base) =>
  `${name.padEnd(28)} median ${median(values).toFixed(1).padStart(7)} ms   ratio ${(median(values) / median(base)).toFixed(2)}`;
console.log(`runs: ${runs} (plain), ${tui.length} (TUI); node ${process.version}`);
console.log(row('node -e 0', bare, bare));
console.log(row('netlearn --version', version, bare) + '   (target <= 1.4)');
console.log(row('netlearn help', help, bare) + '   (target <= 1.5)');
console.log(row('netlearn ip 192.168.1.10', ip, bare) + '   (target <= 1.4)');
console.log(row('netlearn lesson ipv4', lesson, bare) + '   (target <= 1.5)');
if (before) {
  console.log(row('before: --version', beforeVersion, bare));
  console.log(row('before: ip 192.168.1.10', beforeIp, bare));
  console.log(row('before: lesson ipv4', beforeLesson, bare));
}
console.log(row('node line in a pty', tuiBare, tuiBare));
console.log(row('TUI first frame (pty)', tui, tuiBare) + '   (target <= 2.5)');
if (before) console.log(row('before: TUI first frame', tuiBefore, tuiBare));
console.log(`${'idle TUI resident memory'.padEnd(28)} ${rss.toFixed(1)} MiB`);
