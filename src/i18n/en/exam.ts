import type { InputErrorDetails } from '../../core/input-error.js';
import type { AreaInputErrors } from '../input-error-messages.js';
import { visible } from '../visible-text.js';

const list = (items: InputErrorDetails[string]): string => (Array.isArray(items) ? items.join(', ') : String(items));
/** "line 4: " when the mistake is in a file, nothing when it was typed on the command line. */
const at = (d: InputErrorDetails) => (d.line === undefined ? '' : `line ${d.line}: `);

/** The errors of exam files, student ids, completion codes and codes CSVs (src/core/exam/), and of drills. */
const exam = {
  inputErrors: {
    'exam-file-unreadable': (d: InputErrorDetails) =>
      `cannot read "${visible(d.part)}" (${d.code}). Give the path of the file, e.g. parcial.yaml.`,
    'exam-file-too-large': (d: InputErrorDetails) =>
      `"${visible(d.part)}" is over ${d.max} bytes, too big for this file. Check that the path names the right file.`,
    'exam-not-yaml': (d: InputErrorDetails) =>
      `line ${d.line} of the exam file is not valid YAML${d.part ? `: "${visible(d.part)}"` : ''}. Write one "field: value" a line, as exam new does.`,
    'exam-not-mapping': (d: InputErrorDetails) =>
      `line ${d.line}: an exam file is a list of fields (id, title, topics, count, minutes), one a line. Make one with netlearn exam new.`,
    'exam-field-unknown': (d: InputErrorDetails) =>
      `line ${d.line}: there is no field "${visible(d.field)}"${d.closest ? ` (did you mean ${d.closest}?)` : ''}. The fields: ${list(d.allowed)}.`,
    'exam-field-missing': (d: InputErrorDetails) =>
      `line ${d.line}: the exam file has no ${d.field}. It needs: ${list(d.allowed)}.`,
    'exam-field-type': (d: InputErrorDetails) =>
      `line ${d.line}: ${d.field} is "${visible(d.part)}"; it must be one value on its line, e.g. ${d.field}: 12.`,
    'exam-id-invalid': (d: InputErrorDetails) =>
      `${at(d)}the exam id "${visible(d.part)}" must be 1 to 40 letters, digits, - or _. Keep the id exam new wrote.`,
    'exam-topics-empty': (d: InputErrorDetails) => `${at(d)}the exam needs at least one topic: ${list(d.topics)}.`,
    'exam-topic-unknown': (d: InputErrorDetails) =>
      `${at(d)}there is no exam topic "${visible(d.part)}"${d.suggestion ? ` (did you mean ${d.suggestion}?)` : ''}. Topics: ${list(d.topics)}.`,
    'exam-count-range': (d: InputErrorDetails) =>
      `${at(d)}the number of questions must be a whole number from ${d.min} to ${d.max}, not "${visible(d.part)}".`,
    'exam-minutes-range': (d: InputErrorDetails) =>
      `${at(d)}the minutes must be a whole number from ${d.min} to ${d.max}, not "${visible(d.part)}".`,
    'exam-student-invalid': (d: InputErrorDetails) =>
      `the student id "${visible(d.part)}" must be 1 to 40 letters, digits, ., _, @ or -, e.g. --student 20931.`,
    'exam-student-missing': () => `say whose exam it is with --student, e.g. --student 20931.`,
    'exam-action-unknown': (d: InputErrorDetails) =>
      `exam does "${visible(d.part)}"? It does: new, take, grade, key (e.g. netlearn exam take parcial.yaml --student 20931).`,
    'exam-code-char': (d: InputErrorDetails) =>
      `character ${d.index} of the code, "${visible(d.part)}", is not in a completion code (digits and letters except I, L, O, U). Read it again from the student's screen.`,
    'exam-code-length': (d: InputErrorDetails) =>
      `the code has ${d.length} characters and a code of this exam has ${d.expected}: a character is missing or extra. Read it again from the student's screen.`,
    'exam-code-typo': (d: InputErrorDetails) =>
      `the code has a typo in group ${d.groups} (${visible(d.part)}): read that group again from the student's screen.`,
    'exam-code-other-exam': (d: InputErrorDetails) =>
      `the code is from another exam, not ${d.part}. Check that the exam file is the one the student took.`,
    'exam-code-other-student': (d: InputErrorDetails) =>
      `the code was made for another student id, not ${visible(d.part)}: it is not scored. Check the id on that row.`,
    'exam-csv-invalid': (d: InputErrorDetails) =>
      `line ${d.line} of the codes file is not valid CSV (${d.reason}). Close every quote and keep the same number of columns on every row.`,
    'exam-csv-header': (d: InputErrorDetails) =>
      `line ${d.line} of the codes file must be a header with student_id and code (name is optional), not "${visible(d.part)}".`,
    'exam-csv-too-long': (d: InputErrorDetails) =>
      `line ${d.line}: the codes file has more than ${d.max} rows. Split it, one file a class.`,
    'exam-csv-field-empty': (d: InputErrorDetails) => `line ${d.line} of the codes file has no ${d.field}.`,
    'drill-topic-unknown': (d: InputErrorDetails) =>
      `there is no drill "${visible(d.part)}"${d.suggestion ? ` (did you mean ${d.suggestion}?)` : ''}. Drills: ${list(d.topics)}.`,
  } satisfies AreaInputErrors,
};

export default exam;
