import type { Dictionary } from '../index.js';
import chat from './chat.js';
import cli from './cli.js';
import demo from './demo.js';
import commands from './commands.js';
import lessons from './lessons.js';
import port from './port.js';
import ip from './ip.js';
import subnet from './subnet.js';
import ui from './ui.js';

/** Typed against the English one, so a key missing here fails `tsc`. */
const es: Dictionary = { cli, commands, ui, lessons, port, ip, subnet, chat, demo };

export default es;
