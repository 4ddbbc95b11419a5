import type { InputErrorDetails } from '../../core/input-error.js';
import type { AreaInputErrors } from '../input-error-messages.js';

/** The errors of core/utf8-decode.ts's hex reader. */
const utf8 = {
  inputErrors: {
    'utf8-hex-empty': () => 'no bytes given; write hex pairs, for example --hex "c3 b1".',
    'utf8-hex-digit': (d: InputErrorDetails) =>
      `"${d.part}" has "${d.char}", which is not a hex digit (0-9, a-f); write bytes like "c3 b1".`,
    'utf8-hex-odd': (d: InputErrorDetails) =>
      `"${d.part}" has an odd number of hex digits; each byte takes two, like "0a".`,
  } satisfies AreaInputErrors,
};

export default utf8;
