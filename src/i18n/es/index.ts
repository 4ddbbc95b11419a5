import type en from '../en/index.js';
import type { InputErrorMessages } from '../input-error-messages.js';
import chat from './chat.js';
import calc from './calc.js';
import check from './check.js';
import classroom from './classroom.js';
import gradebook from './gradebook.js';
import cli from './cli.js';
import lessons from './lessons.js';
import port from './port.js';
import progress from './progress.js';
import quiz from './quiz.js';
import exam from './exam.js';
import sockets from './sockets.js';
import spoken from './spoken.js';
import ip from './ip.js';
import subnet from './subnet.js';
import threads from './threads.js';
import ui from './ui.js';
import utf8 from './utf8.js';

/** Every input error's sentence, gathered from the areas: a code with no message fails `tsc`. */
const inputErrors: InputErrorMessages = {
  ...ip.inputErrors,
  ...subnet.inputErrors,
  ...port.inputErrors,
  ...utf8.inputErrors,
  ...quiz.inputErrors,
  ...threads.inputErrors,
  ...chat.inputErrors,
  ...lessons.inputErrors,
  ...check.inputErrors,
  ...classroom.inputErrors,
  ...exam.inputErrors,
  ...calc.inputErrors,
  ...cli.inputErrors,
};

/** Typed against the English one, so a key missing here fails `tsc`. */
const es: typeof en = {
  cli,
  ui,
  lessons,
  progress,
  port,
  ip,
  subnet,
  utf8,
  chat,
  quiz,
  threads,
  sockets,
  check,
  gradebook,
  calc,
  spoken,
  inputErrors,
};

export default es;
