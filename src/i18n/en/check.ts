import type { InputErrorDetails } from '../../core/input-error.js';
import type { AreaInputErrors } from '../input-error-messages.js';

/** What core/check/options.ts says of a bad `netlearn check` target, --only or --timeout. */
const check = {
  inputErrors: {
    'check-two-ports': (d: InputErrorDetails) =>
      `two different ports: one in "${d.part}" and --port ${d.port}. Give the port once, e.g. netlearn check ${d.part}.`,
    'check-only-empty': (d: InputErrorDetails) =>
      `--only needs check ids separated by commas, e.g. --only broadcast,utf8. The ids: ${(d.choices as string[]).join(', ')}.`,
    'check-id-unknown': (d: InputErrorDetails) =>
      `there is no check "${d.part}"${d.closest ? ` (did you mean ${d.closest}?)` : ''}. The ids: ${(d.choices as string[]).join(', ')}.`,
    'check-timeout-invalid': (d: InputErrorDetails) =>
      `--timeout must be a number of seconds from ${d.min} to ${d.max}, e.g. --timeout 5, not "${d.part}".`,
  } satisfies AreaInputErrors,
};

export default check;
