import { spawn, spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/app/dispatch.js';
import { cleanEnv, cliPath, jsonLines, runCli } from '../../helpers/cli.js';
import { fakeIo } from '../../helpers/fake-io.js';

/**
 * A short Python reference: `ipaddress` decides, over a regex of candidate addresses read the way
 * src/core/cidr-grep.ts describes (runs of hex digits, dots and colons; IPv6 first, else IPv4
 * pieces between colons). It shares no code with ours.
 */
const reference = String.raw`
import ipaddress, re, sys
nets = [ipaddress.ip_network(n) for n in sys.argv[1].split(",")]
mode = sys.argv[2]
token = re.compile(rb"[0-9A-Fa-f:.]+")
zone = re.compile(rb"%[A-Za-z0-9_.-]+")
def parse(text, kind):
    try:
        return kind(text.decode())
    except ValueError:
        return None
def inside(a):
    return any(a.version == n.version and a in n for n in nets)
def found(line):
    spans = []
    for m in token.finditer(line):
        raw = m.group()
        if not re.search(rb"[0-9]", raw) or not re.search(rb"[.:]", raw):
            continue
        text = raw.strip(b".")
        start = m.start() + (len(raw) - len(raw.lstrip(b".")))
        if raw.count(b":") >= 2:
            a = parse(text, ipaddress.IPv6Address)
            if a is not None:
                if inside(a):
                    end = start + len(text)
                    z = zone.match(line, end)
                    spans.append(line[start:z.end() if z else end])
                continue
        for piece in text.split(b":"):
            a = parse(piece.strip(b"."), ipaddress.IPv4Address)
            if a is not None and inside(a):
                spans.append(piece.strip(b"."))
    return spans
out = []
for line in sys.stdin.buffer.read().split(b"\n")[:-1]:
    spans = found(line)
    if mode == "o":
        out += spans
    elif bool(spans) != (mode == "v"):
        out.append(line)
sys.stdout.buffer.write(b"".join(l + b"\n" for l in out))
`;
const hasPython = spawnSync('python3', ['-c', 'import ipaddress'], { encoding: 'utf8' }).status === 0;

const networks = '10.0.0.0/8,192.168.0.0/16,2001:db8::/32,fe80::/10';
const v4 = (n: number) => [24, 16, 8, 0].map((s) => (n >>> s) & 255).join('.');
const hex = (n: number) => n.toString(16);
/** Addresses inside and outside the networks, in the places a log puts them. */
const anyAddress = fc.oneof(
  fc.nat(0xffffff).map((n) => v4(0x0a000000 + n)),
  fc.nat(0xffff).map((n) => v4(0xc0a80000 + n)),
  fc.nat(0xffffffff).map(v4),
  fc.tuple(fc.nat(0xffff), fc.nat(0xffff)).map(([a, b]) => `2001:db8:${hex(a)}::${hex(b)}`),
  fc.tuple(fc.nat(0xffff), fc.nat(0xffff)).map(([a, b]) => `2001:db9:${hex(a)}::${hex(b)}`),
  fc.nat(0xffff).map((a) => `fe80::${hex(a)}:ff:fe00:1`),
);
const anyLine = fc
  .tuple(
    anyAddress,
    fc.constantFrom('', 'Dec  7 16:17:01 host sshd[4242]: from ', '[', 'src=', 'GET http://', 'ip:', '('),
    fc.constantFrom('', ' port 22', ']:443', ':8080', '.', '%eth0 reachable', ') ok', ' 12:34:56 00:23:ae:a4:8c:a9'),
    fc.constantFrom('', ' and 010.0.0.1', ' and 10.0.0.256', ' then 1.10.0.0.1', ' deadbeef:cafe'),
  )
  .map(([address, before, after, noise]) => `${before}${address}${after}${noise}`);
const log = `${fc.sample(anyLine, { seed: 30, numRuns: 4000 }).join('\n')}\n`;

function python(mode: string): string {
  const run = spawnSync('python3', ['-c', reference, networks, mode], { input: log, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout;
}

describe.skipIf(!hasPython)('netlearn grep against a Python ipaddress reference on a generated log', () => {
  it.each([
    ['the lines holding an address inside', [], ''],
    ['-v: the lines holding none', ['-v'], 'v'],
    ['-o: the addresses inside, zones kept', ['-o'], 'o'],
  ])('%s', async (_name, flags, mode) => {
    const { code, stdout } = await runCli(['grep', networks, ...flags], { input: log });
    expect(code).toBe(0);
    const expected = python(mode);
    expect(expected.length).toBeGreaterThan(1000);
    expect(stdout).toBe(expected);
  });
});

describe('netlearn grep', () => {
  it('passes kept lines through byte for byte, whatever their encoding', async () => {
    const input = Buffer.concat([
      Buffer.from('caf\xe9 10.1.1.1 \xff\r\n', 'latin1'),
      Buffer.from('8.8.8.8\nlast 10.9.9.9'),
    ]);
    const io = fakeIo({ input });
    expect(await dispatch(['grep', '10.0.0.0/8'], io)).toBe(0);
    expect(io.bytes()).toEqual(
      Buffer.concat([Buffer.from('caf\xe9 10.1.1.1 \xff\r\n', 'latin1'), Buffer.from('last 10.9.9.9\n')]),
    );
  });

  it('-c counts the lines kept; --json gives each kept line with its number and addresses', async () => {
    const input = 'a 10.0.0.1 b 10.0.0.2\nb 8.8.8.8\n[2001:db8::1]:443\n';
    expect((await runCli(['grep', '-c', '10.0.0.0/8,2001:db8::/32'], { input })).stdout).toBe('2\n');
    const { stdout } = await runCli(['grep', '10.0.0.0/8', '2001:db8::/32', '--json'], { input });
    expect(jsonLines(stdout)).toEqual([
      { line: 1, text: 'a 10.0.0.1 b 10.0.0.2', addresses: ['10.0.0.1', '10.0.0.2'] },
      { line: 3, text: '[2001:db8::1]:443', addresses: ['2001:db8::1'] },
    ]);
  });

  it('a bad network exits 2 naming it; no network at all says how to write one', async () => {
    const bad = await runCli(['grep', '10.0.0.0/33']);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('the prefix 33 is over 32')]);
    const none = await runCli(['grep', ',', '--lang', 'es']);
    expect([none.code, none.stderr]).toEqual([2, expect.stringContaining('grep necesita las redes a conservar')]);
  });

  it('a line with no end is read in pieces of 1 MiB, so memory stays bounded', async () => {
    const input = `${'x'.repeat(3 << 20)} 10.0.0.1\n`;
    const { code, stdout, stderr } = await runCli(['grep', '-c', '10.0.0.0/8'], { input });
    expect([code, stdout]).toEqual([0, '1\n']);
    expect(stderr).toContain('longer than 1 MiB and read in pieces');
  });

  it('ends at once when the reader closes after the first line of an endless log', async () => {
    const child = spawn(process.execPath, [cliPath, 'grep', '10.0.0.0/8'], { env: cleanEnv(), stdio: 'pipe' });
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    const chunk = 'from 10.1.2.3 port 22\n'.repeat(4096);
    let feeding = true;
    child.stdin.on('error', () => (feeding = false));
    const feed = () => {
      while (feeding && child.stdin.write(chunk));
      if (feeding) child.stdin.once('drain', feed);
    };
    feed();
    const first = await new Promise<string>((resolve) => {
      child.stdout.setEncoding('utf8').once('data', (text: string) => {
        child.stdout.destroy();
        resolve(text.split('\n')[0]!);
      });
    });
    // Killed, the code would be null: exit 0 means it ended on its own once its reader left.
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    const code = await exited;
    clearTimeout(killer);
    feeding = false;
    expect([first, code]).toEqual(['from 10.1.2.3 port 22', 0]);
  });
});
