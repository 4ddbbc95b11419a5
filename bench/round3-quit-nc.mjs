// serve, a client that says /quit and keeps its side open (as nc does), then SIGINT to serve:
// prints how long serve took to exit and its exit code (killed after 10 s).
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
const nc = connect({ host: '127.0.0.1', port, allowHalfOpen: true });
nc.on('error', () => {});
nc.resume();
await new Promise((r) => nc.once('connect', r));
nc.write('/quit\n');
await new Promise((r) => nc.once('end', r));
const started = Date.now();
serve.kill('SIGINT');
const killer = setTimeout(() => serve.kill('SIGKILL'), 10_000);
const [code, signal] = await new Promise((r) => serve.on('exit', (c, s) => r([c, s])));
clearTimeout(killer);
console.log(`exit ${code ?? signal} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
nc.destroy();
