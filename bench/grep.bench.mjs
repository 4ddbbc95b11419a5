// netlearn grep against Debian's grepcidr on the same generated log, in the same run: wall time,
// the ratio, and the peak memory (RSS) of each, from GNU time. Targets (issue 30): within 2x of
// grepcidr's time on 1 GB, under 100 MB. Size: NETLEARN_GREP_MB (default 1024).
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
const megabytes = Number(process.env.NETLEARN_GREP_MB ?? 1024);
const networks = '10.0.0.0/8,192.168.0.0/16,2001:db8::/32';

if (!existsSync('/usr/bin/time') || spawnSync('grepcidr', ['-V']).error !== undefined) {
  console.log('skipped: needs /usr/bin/time and grepcidr (apt-get install -y grepcidr time)');
  process.exit(0);
}

/** A syslog-like log: times, hosts, ports, both families, one address in ten inside the networks. */
function writeLog(file) {
  let state = 30;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0);
  const v4 = (n) => `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
  const fd = openSync(file, 'w');
  const target = megabytes * 1024 * 1024;
  let written = 0;
  while (written < target) {
    const lines = [];
    for (let i = 0; i < 20000; i++) {
      const r = next();
      const inside = r % 10 === 0;
      const address =
        r % 7 === 0
          ? `${inside ? '2001:db8' : '2001:db9'}:${(r >>> 8).toString(16)}::${(r & 0xfff).toString(16)}`
          : v4(inside ? 0x0a000000 | (r >>> 8) : (next() | 0x01000000) >>> 0);
      const port = 1024 + (r % 60000);
      lines.push(
        r % 3 === 0
          ? `Dec  7 16:${String(r % 60).padStart(2, '0')}:01 web nginx: [${address}]:${port} "GET /index.html HTTP/1.1" 200 512`
          : `Dec  7 16:17:${String(r % 60).padStart(2, '0')} host sshd[${r % 65536}]: Accepted publickey for bob from ${address} port ${port} ssh2`,
      );
    }
    written += writeSync(fd, `${lines.join('\n')}\n`);
  }
  closeSync(fd);
}

/** One run with stdout counted by wc -l: wall seconds and peak RSS in MB from GNU time. */
function measure(command, file) {
  const result = spawnSync('sh', ['-c', `/usr/bin/time -f '%e %M' ${command} < '${file}' | wc -l`], {
    encoding: 'utf8',
  });
  const [seconds, kib] = result.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { seconds, mb: kib / 1024, lines: Number(result.stdout.trim()) };
}

const dir = mkdtempSync(join(tmpdir(), 'netlearn-grep-bench-'));
try {
  const file = join(dir, 'bench.log');
  writeLog(file);
  const size = (statSync(file).size / 1024 / 1024).toFixed(0);
  const theirs = measure(`grepcidr '${networks}'`, file);
  const ours = measure(`'${process.execPath}' '${cli}' grep '${networks}'`, file);
  console.log(`log: ${size} MB, networks ${networks}`);
  console.log(`grepcidr       ${theirs.seconds.toFixed(2)} s  ${theirs.mb.toFixed(1)} MB  ${theirs.lines} lines kept`);
  console.log(`netlearn grep  ${ours.seconds.toFixed(2)} s  ${ours.mb.toFixed(1)} MB  ${ours.lines} lines kept`);
  console.log(
    `ratio (netlearn / grepcidr): ${(ours.seconds / theirs.seconds).toFixed(2)}x  (target: at most 2x; memory under 100 MB)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
