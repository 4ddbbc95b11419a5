import { useEffect, useRef, useState, type RefObject } from 'react';
import { playScene, type SceneStage } from './play-scene.js';
import { demoScene } from './scene.js';

/** Time between two steps of the scripted scene: slow enough to read each line. */
const stepMs = 1500;

/**
 * Plays the scripted scene for first-timers (the same one `netlearn demo` prints when piped), one
 * step every `pauseMs` once the step before has happened. Stops on the same key, or when the
 * server stops.
 */
export default function useAutoplay(
  server: RefObject<SceneStage | undefined>,
  greeting: (client: number) => string,
  pauseMs = stepMs,
) {
  const [running, setRunning] = useState(false);
  const playing = useRef<AbortController | undefined>(undefined);
  // The greeting as of the last render: after Tab, the next client greets in the new language.
  const latestGreeting = useRef(greeting);
  latestGreeting.current = greeting;

  const stop = () => {
    playing.current?.abort();
    playing.current = undefined;
    setRunning(false);
  };

  const start = () => {
    const demo = server.current;
    if (!demo?.running) return;
    const controller = new AbortController();
    playing.current = controller;
    setRunning(true);
    const ended = () => {
      if (playing.current !== controller) return;
      playing.current = undefined;
      setRunning(false);
    };
    // A step that never settles (10 s) ends auto-play like any other ending.
    playScene(demo, demoScene(), {
      greeting: (client) => latestGreeting.current(client),
      pauseMs,
      signal: controller.signal,
    }).then(ended, ended);
  };

  useEffect(() => () => playing.current?.abort(), []);

  return { running, toggle: () => (running ? stop() : start()) };
}
