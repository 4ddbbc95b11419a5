import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { keys } from '../helpers/keys.js';
import { renderApp, waitForFrame } from '../helpers/render.js';

afterEach(cleanup);

describe('keys typed while a screen is still loading', () => {
  it('reach the screen once it is ready: v then ↓ at once lands on the Port field', async () => {
    const app = renderApp('home');
    await waitForFrame(app, 'What do you want to learn today?');
    app.stdin.write('v');
    app.stdin.write(keys.down);
    const frame = await waitForFrame(app, '› Port: 5050');
    expect(frame).not.toContain('› Host');
  });

  it('in order and each after the last has drawn: 1 then ↓ ↓ at once lands on the third lesson', async () => {
    const app = renderApp('home');
    await waitForFrame(app, 'What do you want to learn today?');
    app.stdin.write('1');
    app.stdin.write(keys.down);
    app.stdin.write(keys.down);
    const frame = await waitForFrame(app, /› .*Sockets/);
    expect(frame).not.toMatch(/› .*(client|cliente)/i);
  });
});
