import chatTool from './chat/connect-entry.js';
import checkTool from './check/entry.js';
import classTool from './check/class/entry.js';
import serveTool from './chat/serve-entry.js';
import demoTool from './demo/entry.js';
import drillTool from './drill/entry.js';
import examTool from './exam/entry.js';
import explainTool from './explain/entry.js';
import aggregateTool from './aggregate/entry.js';
import familiesTool from './families/entry.js';
import hostTool from './host/entry.js';
import hostsTool from './hosts/entry.js';
import grepTool from './grep/entry.js';
import ipTool from './ip/entry.js';
import lessonTool from './lessons/lesson-entry.js';
import lessonsTool from './lessons/lessons-entry.js';
import portTool from './port/entry.js';
import practiceTool from './practice/entry.js';
import socketsTool from './sockets/entry.js';
import rangeTool from './range/entry.js';
import subnetTool from './subnet/entry.js';
import threadsTool from './threads/entry.js';
import type { Lang } from '../core/language.js';
import type { AnyTool, CommandSpec, ToolWords } from './tool.js';
import utf8Tool from './utf8/entry.js';

/**
 * THE registry: every tool, in the order `--help` and the home menu list them. The command table,
 * the screen table, the home menu, `--help` and the lessons' `tool:` check all read this list and
 * nothing else. Adding a tool is one folder and one line here (CONTRIBUTING.md).
 */
export const tools: readonly AnyTool[] = [
  lessonsTool,
  lessonTool,
  ipTool,
  subnetTool,
  rangeTool,
  aggregateTool,
  hostsTool,
  grepTool,
  portTool,
  utf8Tool,
  hostTool,
  threadsTool,
  familiesTool,
  demoTool,
  serveTool,
  chatTool,
  socketsTool,
  explainTool,
  checkTool,
  classTool,
  practiceTool,
  examTool,
  drillTool,
];

/** A tool with a command, and that command. */
export interface ToolCommand {
  tool: AnyTool;
  command: CommandSpec;
}

/** The command-line contract, one entry per subcommand, in the order help lists them. */
export function commandTools(): ToolCommand[] {
  return tools.flatMap((tool) => (tool.command ? [{ tool, command: tool.command as CommandSpec }] : []));
}

export function findCommand(name: string): ToolCommand | undefined {
  return commandTools().find((entry) => entry.command.name === name);
}

/** One tool's words in one language, loaded on first use. */
export async function loadWords(tool: AnyTool, lang: Lang): Promise<ToolWords> {
  return (await tool.words[lang]()).default;
}

export function findTool(id: string): AnyTool | undefined {
  return tools.find((tool) => tool.id === id);
}

/** The ids a lesson's `tool:` may name: every tool with a screen. */
export function screenIds(): string[] {
  return tools.filter((tool) => tool.screen).map((tool) => tool.id);
}
