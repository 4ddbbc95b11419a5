/** One step of the scripted scene; `client` is the scene's own count (1 = the first client it adds). */
export type SceneStep =
  | { do: 'connect'; client: number }
  | { do: 'send'; client: number }
  | { do: 'close'; client: number; by: 'client' | 'server' };

/** How many clients the scene brings when nobody says otherwise (`--clients`, auto-play). */
export const sceneClients = 3;

/**
 * The scripted scene that auto-play and the piped `netlearn demo` both play: each client in turn
 * connects, sends a greeting, and leaves, so the NDJSON order stays fixed for scripts that read it.
 */
export function demoScene(clients = sceneClients): SceneStep[] {
  return Array.from({ length: clients }, (_, index): SceneStep[] => [
    { do: 'connect', client: index + 1 },
    { do: 'send', client: index + 1 },
    { do: 'close', client: index + 1, by: 'client' },
  ]).flat();
}
