import type { InputErrorDetails } from '../../core/input-error.js';
import { visible } from '../visible-text.js';
import type { AreaInputErrors } from '../input-error-messages.js';

const list = (items: InputErrorDetails[string]): string => (Array.isArray(items) ? items.join(', ') : String(items));

/** yaml's error codes a teacher can act on; any other gets only the general advice. */
const yamlReason: Record<string, string> = {
  DUPLICATE_KEY: ' (a field appears twice)',
  TAB_AS_INDENT: ' (a tab is used to indent)',
  BAD_INDENT: ' (the indentation does not line up)',
  MISSING_CHAR: ' (a quote or a bracket is never closed)',
  MULTIPLE_DOCS: ' (more than one document: remove the extra ---)',
};

/** What a field must be (the `expected` of core/check/profile.ts: text, mapping, boolean, none-or-mapping). */
const valueKind: Record<string, string> = {
  text: 'text, in quotes if it holds {, : or #',
  mapping: 'fields indented under it, one "field: value" a line',
  boolean: 'true or false',
  'none-or-mapping': 'none, or prompt and send indented under it',
};

/** What core/check/options.ts says of a bad `netlearn check` target, --only or --timeout; profile.ts of a --profile. */
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

    'profile-unreadable': (d: InputErrorDetails) =>
      `cannot read the profile "${visible(d.part)}" (${d.code}). Give the path of a YAML file, or one of the profiles netlearn ships: ${(d.known as readonly string[]).join(', ')}.`,
    'profile-too-large': (d: InputErrorDetails) =>
      `the profile is ${d.size} bytes, and a profile may have at most ${d.max}. Check that --profile names the profile and not another file.`,
    'profile-not-yaml': (d: InputErrorDetails) =>
      `line ${d.line} of the profile is not valid YAML${yamlReason[String(d.reason)] ?? ''}${d.part ? `: "${d.part}"` : ''}. Indent with spaces, put a colon after each field and quotes around text holding {, : or #.`,
    'profile-not-mapping': (d: InputErrorDetails) =>
      `line ${d.line}: a profile is a list of fields, one "field: value" a line (e.g. name: my chat). Start from a copy of profiles/netlearn.yaml.`,
    'profile-field-unknown': (d: InputErrorDetails) =>
      `line ${d.line}: there is no field ${d.field}${d.closest ? ` (did you mean ${d.closest}?)` : ''}. The fields here: ${list(d.allowed)}.`,
    'profile-field-missing': (d: InputErrorDetails) =>
      `line ${d.line}: ${d.field} is missing. Add it next to the others: ${list(d.allowed)}.`,
    'profile-field-type': (d: InputErrorDetails) =>
      `line ${d.line}: ${d.field} is "${d.part}"; it must be ${valueKind[String(d.expected)] ?? d.expected}.`,
    'profile-template-unquoted': (d: InputErrorDetails) =>
      `line ${d.line}: ${d.field} needs quotes, or YAML reads {…} as a group of fields. Write it as "${d.part}".`,
    'profile-choice-invalid': (d: InputErrorDetails) =>
      `line ${d.line}: ${d.field} is "${d.part}"; allowed: ${list(d.allowed)}.`,
    'profile-placeholder-missing': (d: InputErrorDetails) =>
      `line ${d.line}: ${d.field} is "${d.part}" and has no ${d.placeholder}. Put ${d.placeholder} where the ${d.placeholder === '{name}' ? 'name' : 'text of the message'} goes, e.g. "${d.placeholder}".`,
    'profile-placeholder-unknown': (d: InputErrorDetails) =>
      `line ${d.line}: ${d.field} uses ${d.placeholder}, which netlearn does not fill in. Allowed there: ${list(d.allowed)}.`,
    'profile-prompt-invalid': (d: InputErrorDetails) =>
      `line ${d.line}: ${d.field} "${d.part}" is not a valid regular expression. Check its brackets and write \\ before a special character, in single quotes: 'name\\?'.`,
    'profile-framing-line-only': (d: InputErrorDetails) =>
      `line ${d.line}: ${d.field} is for length-prefix framing only. Remove it, or write type: length-prefix under framing.`,
    'profile-points-invalid': (d: InputErrorDetails) =>
      `line ${d.line}: ${d.field} is "${d.part}"; points are a whole number, 0 or more, e.g. 2.`,
    'profile-points-check-unknown': (d: InputErrorDetails) =>
      `line ${d.line}: there is no check "${d.part}" to give points to${d.closest ? ` (did you mean ${d.closest}?)` : ''}. The ids: ${list(d.allowed)}.`,
  } satisfies AreaInputErrors,
};

export default check;
