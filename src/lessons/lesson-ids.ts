/** The lessons, in the order they are taught; both languages hold exactly these. */
export const lessonIds = [
  'server',
  'client',
  'socket',
  'analogy',
  'thread',
  'host',
  'address-tuple',
  'ipv4',
  'port',
  'utf8',
  'af-inet',
] as const;

export type LessonId = (typeof lessonIds)[number];

/**
 * Screens a lesson's "Try it" may open. It mirrors the TUI's screen registry (a test keeps them in
 * step) without importing the UI, so plain commands stay free of Ink.
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

export function isLessonId(id: string): id is LessonId {
  return (lessonIds as readonly string[]).includes(id);
}
