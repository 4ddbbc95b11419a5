// A reader in the room while one address connects and closes in a loop for 5 s: lines and bytes the
// reader got, and a message's latency between two other clients meanwhile (median of 20).
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
const cli = process.argv[2];
const serve = spawn(process.execPath, [cli, 'serve', '--port', '0', '--json'], { stdio: ['ignore', 'pipe', 'ignore'] });
let out = '';
const port = await new Promise((resolve) =>
  serve.stdout.on('data', (c) => {
    out += c;
    const m = /"port":(\d+)/.exec(out);
    if (m) resolve(Number(m[1]));
  }),
);
serve.stdout.resume();
const client = (localAddress) =>
  new Promise((resolve) => {
    const s = connect({ host: '127.0.0.1', port, localAddress });
    s.on('error', () => {});
    s.once('connect', () => resolve(s));
  });
const reader = await client('127.0.0.1');
let bytes = 0,
  lines = 0;
reader.on('data', (c) => {
  bytes += c.length;
  lines += c.toString().split('\n').length - 1;
});
const talker = await client('127.0.0.1');
const listener = await client('127.0.0.1');
let heard = '';
listener.on('data', (c) => (heard += c));
await new Promise((r) => setTimeout(r, 300));
bytes = 0;
lines = 0;
let stop = false;
const loop = (async () => {
  while (!stop) {
    const s = await client('127.0.0.5');
    s.destroy();
    await new Promise((r) => setImmediate(r));
  }
})();
const latencies = [];
for (let i = 0; i < 20; i++) {
  const word = `ping${i}x${Date.now()}`;
  const t = performance.now();
  talker.write(word + '\n');
  while (!heard.includes(word)) await new Promise((r) => setTimeout(r, 1));
  latencies.push(performance.now() - t);
  await new Promise((r) => setTimeout(r, 250));
}
stop = true;
await loop;
latencies.sort((a, b) => a - b);
console.log(
  `reader got ${lines} lines (${bytes} bytes) in 5 s; message latency median ${latencies[10].toFixed(1)} ms, max ${latencies[19].toFixed(1)} ms`,
);
for (const s of [reader, talker, listener]) s.destroy();
serve.kill('SIGKILL');
