import { connect } from 'node:net';
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import demoSources, { type DemoSources } from '../../../src/tools/demo/sources.js';
import { keys } from '../../helpers/keys.js';
import { press, renderApp, resize, waitForFrame } from '../../helpers/render.js';

afterEach(cleanup);

describe('demo screen', () => {
  it('shows the Python bind line with the real port, and a new client with its tuple', async () => {
    const app = renderApp('demo');
    const frame = await waitForFrame(app, /s\.bind\(\("127\.0\.0\.1", \d+\)\); s\.listen\(\)/);
    const port = /127\.0\.0\.1", (\d+)/.exec(frame)![1];
    await waitForFrame(app, `nc 127.0.0.1 ${port}`);
    // The diagram draws the new connection with the tuple accept() gave.
    await press(app, 'a', /#1 \('127\.0\.0\.1', \d+\) ═/);
    await waitForFrame(app, 'Clients: 1 open, 1 in all');
  });

  it('sends a message from the chosen client and shows bytes and hex', async () => {
    const app = renderApp('demo');
    await waitForFrame(app, 'nc 127.0.0.1');
    await press(app, 'a', 'Clients: 1 open');
    await press(app, 's', 'Message from client 1:');
    // The byte count follows the field's change, so by then the field is ready for Enter.
    await press(app, 'é', /Message from client 1: é.*\(2 bytes\)/);
    await press(app, '\r', '"é" 2 bytes: c3 a9');
  });

  it('auto-play runs the scene by itself: clients arrive and greet', async () => {
    const app = renderApp('demo');
    await waitForFrame(app, 'nc 127.0.0.1');
    await press(app, 'p', 'auto-play running');
    await waitForFrame(app, /#1 \('127\.0\.0\.1', \d+\)/, 3000);
    await waitForFrame(app, '"¡Hola! I am client 1 — ñandú" 33 bytes', 6000);
    await press(app, 'p', (frame) => !frame.includes('auto-play running'));
  });

  it('speaks Spanish', async () => {
    const app = renderApp('demo', { lang: 'es' });
    await waitForFrame(app, 'Desde otra terminal: nc 127.0.0.1');
    await press(app, 'r', 'El servidor está detenido');
  });
});

describe('demo screen, typing', () => {
  it('a burst with Enter inside sends the line before it, without a raw CR', async () => {
    const app = renderApp('demo');
    await waitForFrame(app, 'nc 127.0.0.1');
    await press(app, 'a', 'Clients: 1 open');
    await press(app, 's', 'Message from client 1:');
    const frame = await press(app, 'hi\rs', '#1 "hi" 2 bytes: 68 69');
    expect(frame).not.toContain('\r');
  });
});

describe('demo screen, header', () => {
  it('counts the sockets truly: none once the server is stopped', async () => {
    const app = renderApp('demo');
    await waitForFrame(app, 'sockets: 1 listening + 0 connected');
    await press(app, 'a', 'sockets: 1 listening + 1 connected');
    await press(app, 'r', 'sockets: 0 listening + 0 connected');
  });
});

describe('demo screen, restart', () => {
  it('r r brings the server back on the same port as the nc command shown', async () => {
    const app = renderApp('demo');
    const frame = await waitForFrame(app, /nc 127\.0\.0\.1 \d+/);
    const port = /nc 127\.0\.0\.1 (\d+)/.exec(frame)![1];
    await press(app, 'r', 'The server is stopped');
    await press(app, 'r', `From another terminal: nc 127.0.0.1 ${port}`);
  });
});

describe('demo screen, footer and notices', () => {
  it('while typing, the footer says Enter sends and Esc cancels', async () => {
    const app = renderApp('demo');
    await waitForFrame(app, 'nc 127.0.0.1');
    await press(app, 'a', 'Clients: 1 open');
    const frame = await press(app, 's', 'Message from client 1:');
    expect(frame).toMatch(/Enter send\s+Esc cancel/);
    expect(frame).not.toContain('Esc back');
    expect(frame).not.toContain('q quit');
  });

  it('s with no client says to add one first', async () => {
    const app = renderApp('demo');
    await waitForFrame(app, 'nc 127.0.0.1');
    await press(app, 's', 'No client to send from: add one first with a.');
  });

  it('a with the server stopped tries for real and shows the refusal Python would raise', async () => {
    const app = renderApp('demo');
    await waitForFrame(app, 'nc 127.0.0.1');
    await press(app, 'r', 'The server is stopped');
    const frame = await press(app, 'a', 'ConnectionRefusedError: [Errno 111] Connection refused');
    expect(frame).toMatch(/could not connect \(ECONNREFUSED\)/);
    // The panel beside explains the refusal, and counts no sockets: a stopped server holds none.
    const panel = await waitForFrame(app, 'knocked');
    expect(panel).toContain('(RST)');
    expect(panel).not.toContain('The server holds');
  });

  it('d on an outside client says why the demo cannot close it', async () => {
    const app = renderApp('demo');
    const frame = await waitForFrame(app, /nc 127\.0\.0\.1 \d+/);
    const port = Number(/nc 127\.0\.0\.1 (\d+)/.exec(frame)![1]);
    const outside = connect({ host: '127.0.0.1', port });
    outside.on('error', () => {});
    await waitForFrame(app, /═ outside/);
    await press(app, 'd', 'only its own program can close its end');
    outside.destroy();
  });

  it("at 60x20 e puts the explanation in the log's place; it says what is below and PgDn reaches it all", async () => {
    const app = renderApp('demo');
    await waitForFrame(app, /nc 127\.0\.0\.1 \d+/);
    resize(app, 60, 20);
    await press(app, 'a', '#1');
    await press(app, 'e', /What happened[\s\S]*↓ \d+ more rows? \(PgDn\)/);
    let frame = app.lastFrame() ?? '';
    for (let page = 0; page < 5 && /more rows? \(PgDn\)/.test(frame); page++)
      frame = await press(app, keys.pageDown, (next) => next !== frame);
    expect(frame).toContain('ESTAB 127.0.0.1:');
    expect(frame).toMatch(/The server holds 2 sockets/);
    expect(frame).not.toMatch(/more rows? \(PgDn\)/);
  });

  it('a scrolled log says so, and how many newer events wait below', async () => {
    const app = renderApp('demo');
    await waitForFrame(app, 'nc 127.0.0.1');
    for (let n = 1; n <= 4; n++) await press(app, 'a', `Clients: ${n} open`);
    await press(app, keys.pageUp, /Scrolled up: \d+ newer events? below \(PgDn\)\./);
    await press(app, keys.pageDown, (frame) => !frame.includes('Scrolled up'));
  });
});

describe('demo screen, a port the learner can count on', () => {
  /** The real demo server, on a port the OS picks whatever was asked: 5051 may be taken here. */
  function recordingPorts(asked: number[]): DemoSources {
    return {
      ...demoSources,
      createServer: (options) => {
        asked.push(options.port ?? 0);
        return demoSources.createServer({ ...options, port: 0 });
      },
    };
  }

  it('f listens on the fixed port 5051 instead of one the OS picks, and f again goes back', async () => {
    const asked: number[] = [];
    const app = renderApp('demo', { fakeSources: { demo: recordingPorts(asked) } });
    const first = await waitForFrame(app, 'nc 127.0.0.1');
    expect(first).toContain('f port 5051');
    expect(first).toContain('Press f to listen on 5051 instead');
    await press(app, 'f', 'f any port');
    await press(app, 'f', 'f port 5051');
    expect(asked).toEqual([0, 5051, 0]);
  });

  it("says why an outside client's own getsockname() shows as ?", async () => {
    const app = renderApp('demo');
    const frame = await waitForFrame(app, /nc 127\.0\.0\.1 \d+/);
    const port = Number(/nc 127\.0\.0\.1 (\d+)/.exec(frame)![1]);
    const outside = connect(port, '127.0.0.1');
    try {
      const explained = await waitForFrame(app, 'Client 1 is another program (nc, your');
      expect(explained).toContain('shows as ? here');
    } finally {
      outside.destroy();
    }
  });
});
