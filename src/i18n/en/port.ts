import type { InputErrorDetails } from '../../core/input-error.js';
import { visible } from '../visible-text.js';
import type { AreaInputErrors } from '../input-error-messages.js';

/** What core/ports.ts's parsePort says of a port that is not one (the port tool, serve, connect, check). */
const port = {
  inputErrors: {
    'port-empty': () => 'the port is empty; write a number from 0 to 65535, for example 5050.',
    'port-too-large': (d: InputErrorDetails) => `port "${visible(d.part)}" is too large: ports go from 0 to ${d.max}.`,
    'port-negative': (d: InputErrorDetails) => `port "${visible(d.part)}" is negative: ports go from 0 to 65535.`,
    'port-fraction': (d: InputErrorDetails) =>
      `port "${visible(d.part)}" has a decimal point: a port is a whole number.`,
    'port-exponent': (d: InputErrorDetails) =>
      `port "${visible(d.part)}" is written with an exponent; write the digits` +
      (d.suggestion ? `, for example ${d.suggestion}.` : '.'),
    'port-hex': (d: InputErrorDetails) =>
      `port "${visible(d.part)}" is hexadecimal; write it in decimal` + (d.suggestion ? ` (${d.suggestion}).` : '.'),
    'port-leading-zero': (d: InputErrorDetails) =>
      `port "${visible(d.part)}" starts with a zero, which some programs read as octal; write ${d.suggestion}.`,
    'port-non-ascii-digit': (d: InputErrorDetails) =>
      `port "${visible(d.part)}" uses digits from another script; write it with 0-9.`,
    'port-not-number': (d: InputErrorDetails) =>
      `"${visible(d.part)}" is not a port: write a number from 0 to 65535, for example 5050.`,
  } satisfies AreaInputErrors,
};

export default port;
