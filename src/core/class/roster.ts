import { parse } from 'csv-parse/sync';
import { splitHostPort } from '../check/options.js';
import { InputError, isInputError } from '../input-error.js';

/** One student: the roster's id and name, and where their server listens. */
export interface RosterEntry {
  studentId: string;
  name: string;
  host: string;
  port: number;
}

/** A classroom, not a census: a roster longer than this is a wrong file. */
const maxStudents = 1024;

/** Headers a teacher's spreadsheet may carry in the host column (its first row is then skipped). */
const hostHeaders = new Set([
  'host',
  'host:port',
  'address',
  'ip',
  'server',
  'servidor',
  'direccion',
  'dirección',
  'equipo',
]);

/** `;` when the first line has more of them than `,`: what spreadsheets in Spanish locales write. */
function separatorOf(text: string): ',' | ';' {
  const first = text.split('\n', 1)[0] ?? '';
  return first.split(';').length > first.split(',').length ? ';' : ',';
}

function rows(text: string): { record: string[]; line: number }[] {
  try {
    const parsed = parse(text, {
      bom: true,
      delimiter: separatorOf(text.replace(/^\uFEFF/, '')),
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return parsed.map(({ record, info }) => ({ record, line: info.lines }));
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new InputError('roster-quote', { line: line ?? 1 });
  }
}

/** Where a roster line's server is: `host` (the class's port) or `host:port`. */
function placeOf(field: string, line: number, port: number): { host: string; port: number } {
  try {
    const given = splitHostPort(field);
    return { host: given.host, port: given.port ?? port };
  } catch (error) {
    if (isInputError(error)) throw new InputError('roster-host', { line, part: field });
    throw error;
  }
}

/**
 * A class roster from CSV text: `id,name,host[:port]` a line, `,` or `;` between fields, UTF-8 with
 * or without a BOM, a header line allowed. Every error names its line.
 */
export function parseRoster(text: string, port: number): RosterEntry[] {
  const found = rows(text);
  if (found.length > 0 && hostHeaders.has((found[0]!.record[2] ?? '').toLowerCase())) found.shift();
  if (found.length === 0) throw new InputError('roster-empty');
  if (found.length > maxStudents) throw new InputError('roster-too-many', { count: found.length, max: maxStudents });
  const firstLine = new Map<string, number>();
  return found.map(({ record, line }) => {
    if (record.length !== 3) throw new InputError('roster-columns', { line, count: record.length });
    const [studentId, name, where] = record as [string, string, string];
    if (studentId === '') throw new InputError('roster-id-empty', { line });
    const seen = firstLine.get(studentId);
    if (seen !== undefined) throw new InputError('roster-duplicate', { line, part: studentId, first: seen });
    firstLine.set(studentId, line);
    return { studentId, name: name === '' ? studentId : name, ...placeOf(where, line, port) };
  });
}
