import { cleanup, render } from 'ink-testing-library';
import App from '../../src/app/App.js';
import { emptyProgress } from '../../src/progress/progress-data.js';
import { memoryProgressStore } from '../../src/progress/progress-store.js';
import { ProgressProvider } from '../../src/ui/progress-context.js';
import { afterEach, describe, expect, it } from 'vitest';
import { serverCheckIds, type ServerCheckId } from '../../src/core/check/checks.js';
import { checkResult, type CheckOutcome } from '../../src/core/check/result.js';
import type { ServerCheckRequest } from '../../src/net/check-server.js';
import type { CheckPayload } from '../../src/tools/check/payload.js';
import type { CheckSources } from '../../src/tools/check/sources.js';
import { keys } from '../helpers/keys.js';
import { settle, typePort } from '../helpers/host-port-form.js';
import { press, renderApp, resize, waitForFrame } from '../helpers/render.js';
import { judged } from '../helpers/check-run.js';

afterEach(cleanup);

const outcomes: Partial<Record<ServerCheckId, CheckOutcome>> = {
  connect: { status: 'pass', reason: 'pass', sent: '', received: '' },
  broadcast: { status: 'pass', reason: 'pass', sent: 'tok\n', received: 'x: tok\n' },
  utf8: {
    status: 'fail',
    reason: 'utf8-mojibake',
    sent: Buffer.from('tok ñandú\n').toString('latin1'),
    received: Buffer.from('x: tok Ã±andÃº\n').toString('latin1'),
  },
};

/**
 * A server that answers as the outcomes say. Each check waits for `release()`, so a test sees the
 * list while a check is running; `requests` keeps what each run was asked.
 */
function fakeServer(options: { unreachable?: string } = {}) {
  const requests: ServerCheckRequest[] = [];
  let release: () => void = () => {};
  const sources: CheckSources = {
    run: async (request, events, stopped) => {
      requests.push(request);
      if (options.unreachable) return judged([], { unreachable: { code: options.unreachable } });
      const results = [];
      for (const id of request.ids) {
        if (stopped?.()) break;
        events.started?.(id);
        await new Promise<void>((resolve) => (release = resolve));
        const result = checkResult(id, outcomes[id] ?? { status: 'pass', reason: 'pass', sent: '', received: '' }, 42);
        results.push(result);
        events.finished?.(result);
      }
      return judged(results);
    },
    runClient: async () => [],
    readProfile: () => '',
  };
  return { sources, requests, release: () => release() };
}

const payload: CheckPayload = {
  host: '127.0.0.1',
  port: 5123,
  ids: ['connect', 'broadcast', 'utf8'],
  timeoutMs: 3000,
  strict: false,
  autostart: true,
};

describe('the check screen', () => {
  it('fills the checklist in live, shows the diagnosis, the bytes on Enter, and opens the lesson with l', async () => {
    const server = fakeServer();
    const app = renderApp('check', { payload, fakeSources: { check: server.sources } });
    await waitForFrame(app, /connect .*running…/);
    expect(app.lastFrame()).toMatch(/· broadcast/);
    server.release();
    await waitForFrame(app, /✓ connect .*42 ms/);
    server.release();
    await waitForFrame(app, /✓ broadcast/);
    server.release();
    const frame = await waitForFrame(app, '1 failed');
    expect(frame).toMatch(/✗ utf8/);
    expect(frame).toContain('Checking 127.0.0.1:5123  2 passed, 1 failed, 0 skipped');
    expect(frame).toContain('utf8: ñ arrived as Ã±');
    expect(frame).toContain('l opens the lesson "utf8"');
    const bytes = await press(app, keys.enter, 'received: x: tok Ã±andÃº\\n');
    expect(bytes).toContain('sent: tok ñandú\\n');
    await press(app, keys.up, 'broadcast: Nothing to fix here');
    await press(app, keys.down, 'utf8: ñ arrived');
    await press(app, 'l', 'UTF-8 · lesson');
    expect(server.requests).toEqual([
      { host: '127.0.0.1', port: 5123, ids: payload.ids, timeoutMs: 3000, strict: false },
    ]);
  });

  it('keeps the host, the port and the results after l opens the lesson and Esc comes back', async () => {
    const server = fakeServer();
    const app = renderApp('home', { fakeSources: { check: server.sources } });
    await waitForFrame(app, 'Check my chat');
    await press(app, 'v', '› Host: 127.0.0.1');
    await typePort(app, '6000');
    app.stdin.write(keys.enter);
    for (let n = 0; n < serverCheckIds.length; n++) {
      await waitForFrame(app, 'running…');
      server.release();
    }
    const before = await waitForFrame(app, /Checking 127\.0\.0\.1:6000 +\d+ passed, 1 failed/);
    const summary = /Checking 127\.0\.0\.1:6000 .*/.exec(before)![0];
    await press(app, 'l', 'UTF-8 · lesson');
    const back = await press(app, keys.escape, 'Checking 127.0.0.1:6000');
    expect(back).toContain(summary);
    expect(back).toContain('utf8: ñ arrived as Ã±');
    expect(server.requests).toHaveLength(1);
    // Left for the home menu, the check forgets: opened again, it starts from the fields.
    await press(app, keys.escape, (frame) => frame.includes('Chat client') && !frame.includes('Checking'));
    await press(app, 'v', '› Host: 127.0.0.1');
    expect(app.lastFrame()).toContain('Port: 5050');
  });

  it('on a 140-column terminal the diagnosis stands beside the list', async () => {
    const server = fakeServer();
    const app = renderApp('check', { payload, fakeSources: { check: server.sources } });
    await waitForFrame(app, 'running…');
    resize(app, 140, 45);
    for (let n = 0; n < 3; n++) {
      await waitForFrame(app, 'running…');
      server.release();
    }
    const frame = await waitForFrame(
      app,
      (shown) => shown.split('\n')[0]!.length === 140 && shown.includes('1 failed'),
    );
    expect(frame).toMatch(/^ +✓ connect +3 clients connect and stay 42 ms +utf8: ñ arrived as Ã±/m);
    expect(frame.split('\n').every((row) => row.length <= 140)).toBe(true);
  });

  it('starts from my server as the chat client last reached it, and remembers the one that answered', async () => {
    const server = fakeServer();
    const store = memoryProgressStore({ ...emptyProgress(), myServer: { host: '127.0.0.3', port: 6002 } });
    const app = render(
      <ProgressProvider store={store}>
        <App initialLang="en" initialPlace={{ screen: 'check' }} fakeSources={{ check: server.sources }} />
      </ProgressProvider>,
    );
    await waitForFrame(app, '› Host: 127.0.0.3');
    expect(app.lastFrame()).toContain('Port: 6002');
    await settle();
    for (let i = 0; i < 9; i++) app.stdin.write(keys.backspace);
    await press(app, '127.0.0.4', 'Host: 127.0.0.4');
    app.stdin.write(keys.enter);
    for (let n = 0; n < serverCheckIds.length; n++) {
      await waitForFrame(app, 'running…');
      server.release();
    }
    await waitForFrame(app, /Checking 127\.0\.0\.4:6002 +\d+ passed/);
    expect(store.get().myServer).toEqual({ host: '127.0.0.4', port: 6002 });
  });

  it('r runs every check again', async () => {
    const server = fakeServer();
    const app = renderApp('check', {
      payload: { ...payload, ids: ['connect'] },
      fakeSources: { check: server.sources },
    });
    await waitForFrame(app, 'running…');
    server.release();
    await waitForFrame(app, '1 passed');
    await press(app, 'r', 'running…');
    expect(server.requests).toHaveLength(2);
  });

  it('from the home menu: v, a host and port field, Enter checks; nothing listening is said plainly', async () => {
    const server = fakeServer({ unreachable: 'ECONNREFUSED' });
    const app = renderApp('home', { fakeSources: { check: server.sources } });
    await waitForFrame(app, 'Check my chat');
    await press(app, 'v', '› Host: 127.0.0.1');
    await typePort(app, '6000');
    await press(app, keys.enter, 'Nothing is listening on 127.0.0.1:6000: is your server running?');
    expect(server.requests[0]).toMatchObject({ host: '127.0.0.1', port: 6000 });
  });

  it('a bad port is explained under the fields, in Spanish too, and nothing runs', async () => {
    const server = fakeServer();
    const app = renderApp('check', { lang: 'es', fakeSources: { check: server.sources } });
    await waitForFrame(app, '› Host: 127.0.0.1');
    await press(app, keys.down, '› Puerto: 5050');
    await settle();
    await press(app, '99', 'Puerto: 505099');
    await press(app, keys.enter, '--port tiene que ser');
    expect(server.requests).toHaveLength(0);
  });

  it('at 60x20 the twelve checks that do not fit say how many more there are, and ↑↓ reach each one', async () => {
    const server = fakeServer({ unreachable: 'ECONNREFUSED' });
    const app = renderApp('check', {
      fakeSources: { check: server.sources },
      payload: { ...payload, ids: serverCheckIds, port: 1 },
    });
    await waitForFrame(app, 'Nothing is listening');
    resize(app, 60, 20);
    const top = await waitForFrame(app, /↓ \d+ more/);
    expect(top).not.toMatch(/↑ \d+ more/);
    for (const id of serverCheckIds.slice(1)) await press(app, keys.down, `›· ${id}`);
    const bottom = await waitForFrame(app, /↑ \d+ more/);
    expect(bottom).toContain(serverCheckIds.at(-1));
    expect(bottom).not.toMatch(/↓ \d+ more/);
  });
});
