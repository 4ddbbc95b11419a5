import { Text } from 'ink';
import { cleanup, render } from 'ink-testing-library';
import { useRef, type RefObject } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DemoServer, nextEvent, type DemoEvent } from '../../../src/net/demo-server.js';
import { playScene } from '../../../src/tools/demo/play-scene.js';
import { demoScene } from '../../../src/tools/demo/scene.js';
import useAutoplay from '../../../src/tools/demo/use-autoplay.js';
import { runCli } from '../../helpers/cli.js';

let demo: DemoServer | undefined;
afterEach(async () => {
  cleanup();
  await demo?.stop();
  demo = undefined;
});

async function started() {
  demo = new DemoServer();
  const events: DemoEvent[] = [];
  demo.on('event', (event) => events.push(event));
  await demo.start();
  return { server: demo, events };
}

/** Each client's events as `kind #client`, the story a subscriber reads. */
const story = (events: readonly { event: string; client?: number }[]) =>
  events.filter((e) => e.client !== undefined).map((e) => `${e.event} #${e.client}`);

function AutoplayProbe(props: { server: DemoServer; controls: RefObject<ReturnType<typeof useAutoplay> | undefined> }) {
  const server = useRef<DemoServer | undefined>(props.server);
  const autoplay = useAutoplay(server, (client) => `hi ${client}`, 20);
  props.controls.current = autoplay;
  return <Text>{autoplay.running ? 'playing' : 'idle'}</Text>;
}

describe('the scripted scene', () => {
  it('each client in turn connects, greets and leaves', () => {
    expect(demoScene(2)).toEqual([
      { do: 'connect', client: 1 },
      { do: 'send', client: 1 },
      { do: 'close', client: 1, by: 'client' },
      { do: 'connect', client: 2 },
      { do: 'send', client: 2 },
      { do: 'close', client: 2, by: 'client' },
    ]);
  });

  it('auto-play on screen tells the same story as the piped demo, event for event', async () => {
    const piped = await runCli(['demo', '--json']);
    const lines = piped.stdout.trim().split('\n');
    const pipedStory = story(lines.map((line) => JSON.parse(line) as { event: string; client?: number }));
    expect(pipedStory).toHaveLength(12);

    const { server, events } = await started();
    const controls: RefObject<ReturnType<typeof useAutoplay> | undefined> = { current: undefined };
    const app = render(<AutoplayProbe server={server} controls={controls} />);
    await vi.waitFor(() => expect(app.lastFrame()).toContain('idle'));
    controls.current!.toggle();
    await vi.waitFor(() => expect(app.lastFrame()).toContain('playing'));
    await vi.waitFor(() => expect(app.lastFrame()).toContain('idle'), { timeout: 10_000 });
    expect(story(events)).toEqual(pipedStory);
  });

  it('a step about a client the learner already closed is skipped, and the scene goes on', async () => {
    const { server, events } = await started();
    const firstAccepted = nextEvent(server, (e) => e.event === 'accepted' && e.client === 1);
    const playing = playScene(server, demoScene(2), { greeting: (client) => `hi ${client}`, pauseMs: 200 });
    await firstAccepted;
    server.disconnect(1, 'server');
    expect(await playing).toBe('done');
    expect(story(events)).toEqual([
      ...['connected #1', 'accepted #1', 'closed #1'],
      ...['connected #2', 'accepted #2', 'message #2', 'closed #2'],
    ]);
  });

  it('stopping the server ends the scene', async () => {
    const { server } = await started();
    const firstAccepted = nextEvent(server, (e) => e.event === 'accepted');
    const playing = playScene(server, demoScene(3), { greeting: (client) => `hi ${client}`, pauseMs: 50 });
    await firstAccepted;
    await server.stop();
    expect(await playing).toBe('stopped');
  });

  it('turning auto-play off stops the scene between steps', async () => {
    const { server, events } = await started();
    const controller = new AbortController();
    const firstAccepted = nextEvent(server, (e) => e.event === 'accepted');
    const options = { greeting: (client: number) => `hi ${client}`, pauseMs: 60_000, signal: controller.signal };
    const playing = playScene(server, demoScene(3), options);
    await firstAccepted;
    controller.abort();
    expect(await playing).toBe('aborted');
    expect(story(events)).toEqual(['connected #1', 'accepted #1']);
  });
});
