/**
 * Screens a lesson's "Try it" may open (front matter `tool:`). It mirrors the TUI's screen list (a
 * test keeps them in step) without importing the UI, so plain commands stay free of Ink; the one
 * place to point at the tool registry instead.
 */
export const toolIds = [
  'home',
  'lessons',
  'ip',
  'subnet',
  'port',
  'utf8',
  'host',
  'threads',
  'families',
  'demo',
  'practice',
] as const;

export type ToolId = (typeof toolIds)[number];

export function isToolId(id: string): id is ToolId {
  return (toolIds as readonly string[]).includes(id);
}
