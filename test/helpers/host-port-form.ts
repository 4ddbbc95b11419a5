import { keys } from './keys.js';
import { press, type Rendered } from './render.js';

/** Ink moves a field's key listener in an effect after the frame that shows the new focus. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/**
 * In a host and port form with the host field focused (check, the chat screens): ↓ to the port
 * field, the 5050 there erased, and `port` typed in its place.
 */
export async function typePort(app: Rendered, port: string): Promise<string> {
  await press(app, keys.down, '› Port: 5050');
  await settle();
  for (let i = 0; i < 4; i++) app.stdin.write(keys.backspace);
  return press(app, port, `Port: ${port}`);
}
