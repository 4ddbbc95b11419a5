import { describe, expect, test } from 'vitest';
import { examFileText, parseExamFile } from '../../../src/core/exam/exam-spec.js';
import { parseCodesCsv } from '../../../src/core/exam/exam-grade.js';
import { inputErrorOf } from '../input-error-of.js';
import { parcial } from './simulated-class.js';

const good = examFileText(parcial, 'netlearn exam');

describe('exam files', () => {
  test('what exam new writes reads back as the same exam', () => {
    expect(parseExamFile(good)).toEqual(parcial);
  });

  test('an id that looks like a number reads back as the same text', () => {
    const spec = { ...parcial, id: '12345E10' };
    expect(parseExamFile(examFileText(spec, 'x')).id).toBe('12345E10');
  });

  test('a title with a colon and quotes survives the round trip', () => {
    const spec = { ...parcial, title: 'Parcial: "redes" 1' };
    expect(parseExamFile(examFileText(spec, 'x')).title).toBe(spec.title);
  });

  test.each([
    ['an unknown topic', good.replace('port', 'prot'), 'exam-topic-unknown', 4],
    ['a count of zero', good.replace('count: 12', 'count: 0'), 'exam-count-range', 5],
    ['minutes as words', good.replace('minutes: 20', 'minutes: twenty'), 'exam-minutes-range', 6],
    ['a misspelled field', good.replace('minutes:', 'minuts:'), 'exam-field-unknown', 6],
    ['no id', good.replace(/^id: .*\n/m, ''), 'exam-field-missing', 2],
    ['an id with a space', good.replace('id: "K7M2X9QA"', 'id: K7 M2'), 'exam-id-invalid', 2],
    ['a broken quote', good.replace('title: "Parcial 1"', 'title: "Parcial 1'), 'exam-not-yaml', 3],
    ['a list instead of fields', '- id\n- count\n', 'exam-not-mapping', 1],
  ])('%s is refused naming its line', (_, text, code, line) => {
    const error = inputErrorOf(() => parseExamFile(text));
    expect([error.code, error.details.line]).toEqual([code, line]);
  });
});

describe('codes files', () => {
  test('a header, commas or semicolons, a BOM and CRLF are all read, each row with its line', () => {
    const text = '\uFEFFstudent_id;name;code\r\n20931;Ana;ABCDE\r\n\r\n20932;"Luis; el de atrás";FGHJK\r\n';
    expect(parseCodesCsv(text)).toEqual([
      { line: 2, studentId: '20931', name: 'Ana', code: 'ABCDE' },
      { line: 4, studentId: '20932', name: 'Luis; el de atrás', code: 'FGHJK' },
    ]);
  });

  test.each([
    ['a quote left open', 'student_id,code\n1,"ABC\n2,DEF\n', 'exam-csv-invalid', 3],
    ['a row with an extra column', 'student_id,code\n1,ABC\n2,DEF,GHI\n', 'exam-csv-invalid', 3],
    ['no header', '20931,ABCDE\n', 'exam-csv-header', 1],
    ['a row with no code', 'student_id,code\n1,ABC\n2,\n', 'exam-csv-field-empty', 3],
  ])('%s is refused naming its line', (_, text, code, line) => {
    const error = inputErrorOf(() => parseCodesCsv(text));
    expect([error.code, error.details.line]).toEqual([code, line]);
  });
});
