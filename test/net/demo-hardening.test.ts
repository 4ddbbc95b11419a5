import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { connect } from 'node:net';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { makeUnixSocketPath, removeFolder, removeStaleSocketFolders } from '../../src/net/demo-listen.js';
import { DemoServer, nextEvent } from '../../src/net/demo-server.js';

it('socket folders of killed demos are removed at start; a live run and other files are left alone', () => {
  const root = mkdtempSync(join(tmpdir(), 'netlearn-stale-'));
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
  const stale = join(root, `netlearn-demo-${dead}-abc123`);
  const live = join(root, `netlearn-demo-${process.ppid}-def456`);
  const other = join(root, 'netlearn-demo-notes');
  for (const dir of [stale, live, other]) mkdirSync(dir);
  writeFileSync(join(stale, 'demo.sock'), '');
  removeStaleSocketFolders(root);
  expect(existsSync(stale)).toBe(false);
  expect(existsSync(live)).toBe(true);
  expect(existsSync(other)).toBe(true);
  removeFolder(root);
});

it('a demo socket folder carries the process id, so a later run can tell it is stale', () => {
  const { dir, path } = makeUnixSocketPath();
  expect(dir).toContain(`netlearn-demo-${process.pid}-`);
  expect(path).toBe(join(dir, 'demo.sock'));
  removeFolder(dir);
});

it('while the log reader is behind (demo --json into a stalled pipe), what clients send is not read', async () => {
  // Before: every line an outside client sent became an event at once, however full stdout was.
  const demo = new DemoServer({ family: 'inet' });
  const messages: string[] = [];
  demo.on('event', (event) => {
    if (event.event === 'message') messages.push(event.text);
  });
  await demo.start();
  demo.pauseReading();
  const outside = connect({ host: '127.0.0.1', port: demo.port });
  outside.on('error', () => {});
  await nextEvent(demo, (e) => e.event === 'accepted');
  outside.write('held back\n');
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(messages).toEqual([]);
  demo.resumeReading();
  await nextEvent(demo, (e) => e.event === 'message');
  expect(messages).toEqual(['held back']);
  outside.destroy();
  await demo.stop();
});
