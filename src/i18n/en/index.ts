import chat from './chat.js';
import cli from './cli.js';
import demo from './demo.js';
import commands from './commands.js';
import lessons from './lessons.js';
import port from './port.js';
import ip from './ip.js';
import subnet from './subnet.js';
import ui from './ui.js';

/**
 * The English dictionary: one area per part of the app. A new area is a file beside this one,
 * added here and in ../es/index.ts.
 */
const en = { cli, commands, ui, lessons, port, ip, subnet, chat, demo };

export default en;
