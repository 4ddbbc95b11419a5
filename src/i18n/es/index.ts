import type { Dictionary } from '../index.js';
import cli from './cli.js';
import commands from './commands.js';
import port from './port.js';
import ui from './ui.js';

/** Typed against the English one, so a key missing here fails `tsc`. */
const es: Dictionary = { cli, commands, ui, port };

export default es;
