import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { gradesCsv, type GradeRow } from '../../src/core/grades-csv.js';

const row = (over: Partial<GradeRow> = {}): GradeRow => ({
  studentId: '20931',
  name: 'Ana',
  score: 7,
  passed: 7,
  failed: 1,
  comments: '',
  ...over,
});

/** What Python's csv module reads back from the text. */
function pythonReads(text: string, delimiter: string): string[][] {
  const script = `import csv,io,sys,json\ntext=sys.stdin.read()\nprint(json.dumps(list(csv.reader(io.StringIO(text.lstrip('\\ufeff'), newline=''), delimiter=sys.argv[1]))))`;
  return JSON.parse(
    execFileSync('python3', ['-c', script, delimiter], { input: text, encoding: 'utf8' }),
  ) as string[][];
}

describe('grades CSV', () => {
  it('starts with the columns a learning platform imports', () => {
    expect(gradesCsv([]).split('\r\n')[0]).toBe('student_id,name,score,passed,failed,comments');
  });

  it('keeps names with accents, commas, quotes and line breaks whole, as Python reads them', () => {
    const tricky = row({ name: 'Peña, "Tati"', comments: 'Revisá el broadcast.\nLeé la lección.' });
    const rows = pythonReads(gradesCsv([tricky]), ',');
    expect(rows[1]).toEqual(['20931', 'Peña, "Tati"', '7', '7', '1', 'Revisá el broadcast.\nLeé la lección.']);
  });

  it('writes a BOM, semicolons and decimal commas for Excel in Spanish', () => {
    const text = gradesCsv([row({ score: 7.5 })], { excel: true });
    expect(text.startsWith('\ufeffstudent_id;name;')).toBe(true);
    expect(pythonReads(text, ';')[1]).toEqual(['20931', 'Ana', '7,5', '7', '1', '']);
  });
});
