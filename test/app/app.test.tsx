import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { keys } from '../helpers/keys.js';
import { press, renderApp, waitForFrame } from '../helpers/render.js';

afterEach(cleanup);

describe('the app shell', () => {
  it('opens on the home menu with every section and the footer keys', async () => {
    const app = renderApp();
    const frame = await waitForFrame(app, 'What do you want to learn today?');
    for (const item of [
      '1 Lessons',
      '2 IP to binary',
      '3 Subnets',
      '4 Ports',
      '5 UTF-8',
      '6 This host',
      '7 Threads and locks',
      '9 Live demo',
      '0 Practice',
    ]) {
      expect(frame).toContain(item);
    }
    expect(frame).toMatch(/Enter open/);
    expect(frame).toMatch(/q quit/);
  });

  it('moves the selection with the arrows and shows the hint of the selected item', async () => {
    const app = renderApp();
    await waitForFrame(app, '› 1 Lessons');
    await press(app, keys.down, '› 2 IP to binary');
    expect(app.lastFrame()).toContain('See every bit of an IPv4 address');
    await press(app, keys.up, '› 1 Lessons');
    await press(app, keys.up, '› 0 Practice');
  });

  it('opens a screen with its shortcut and comes back with Esc', async () => {
    const app = renderApp();
    await waitForFrame(app, 'What do you want to learn today?');
    await press(app, '3', 'netlearn › Subnets');
    // The screen's code loads on entry: wait for it, not just the header, before leaving.
    await waitForFrame(app, 'Network:');
    expect(app.lastFrame()).toContain('Esc back');
    await press(app, keys.escape, 'What do you want to learn today?');
    expect(app.lastFrame()).not.toContain('Esc back');
  });

  it('opens the selected item with Enter', async () => {
    const app = renderApp();
    await waitForFrame(app, '› 1 Lessons');
    await press(app, keys.down, '› 2 IP to binary');
    await press(app, keys.enter, 'netlearn › IP to binary');
    await waitForFrame(app, 'Address:');
  });

  it('switches the language live with Tab, and back', async () => {
    const app = renderApp();
    await waitForFrame(app, 'What do you want to learn today?');
    const spanish = await press(app, keys.tab, '¿Qué querés aprender hoy?');
    expect(spanish).toContain('[ES]');
    expect(spanish).toContain('Tab English');
    await press(app, keys.tab, 'What do you want to learn today?');
  });

  it('starts in Spanish when asked to', async () => {
    const app = renderApp('home', { lang: 'es' });
    await waitForFrame(app, '1 Lecciones');
  });

  it('opens straight on the screen a command asked for, with home below it', async () => {
    const app = renderApp('port');
    await waitForFrame(app, 'netlearn › Ports');
    await waitForFrame(app, 'Port:');
    await press(app, keys.escape, 'What do you want to learn today?');
  });
});
