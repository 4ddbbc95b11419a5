import { describe, expect, test } from 'vitest';
import { examFileText } from '../../../src/core/exam/exam-spec.js';
import { examQuestions } from '../../../src/core/exam/exam-questions.js';
import { parcial } from '../../core/exam/simulated-class.js';
import { classSources, runClass } from '../../helpers/class-room.js';
import { fakeExamSources, runExam } from './run-exam.js';

const exam = examFileText(parcial, 'netlearn exam');
const key = (student: string) => examQuestions(parcial, student).map((question) => question.expected);

/** A student's code, from a piped run of exam take. */
async function codeOf(student: string, answers: string[]): Promise<string> {
  const result = await runExam(
    ['exam', 'take', 'p.yaml', '--student', student, '--json'],
    fakeExamSources({ 'p.yaml': exam }),
    `${answers.join('\n')}\n`,
  );
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!).code as string;
}

describe('netlearn exam', () => {
  test('new writes an exam file that take then reads', async () => {
    const sources = fakeExamSources({});
    const made = await runExam(
      ['exam', 'new', '--topics', 'binary,port', '--count', '3', '--minutes', '5', '--title', 'Quiz: 1'],
      sources,
    );
    expect(made.code).toBe(0);
    expect(made.stdout).toContain('id: "TESTEXAM"\ntitle: "Quiz: 1"\ntopics: [binary, port]\ncount: 3\nminutes: 5\n');
    const taken = await runExam(
      ['exam', 'take', 'q.yaml', '--student', '7'],
      fakeExamSources({ 'q.yaml': made.stdout }),
      '',
    );
    expect(taken.stdout).toMatch(/^Question 1 of 3 · Address to binary · 4:59 left\n/);
  });

  test('take shows the time left with each question and ends with a code of grouped symbols', async () => {
    const result = await runExam(
      ['exam', 'take', 'p.yaml', '--student', '20931'],
      fakeExamSources({ 'p.yaml': exam }),
      'x\ny\n',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Question 2 of 12 · Network, broadcast, hosts · 19:57 left');
    expect(result.stdout).toMatch(
      /Finished: 2 of 12 answered in 0:0\d\.\n.*\n {2}[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){4}-[0-9A-HJKMNP-TV-Z]{2}\n/,
    );
  });

  test('an answer that comes after the time limit does not count, and the code says the limit', async () => {
    // Each read of the clock moves a minute on (two a question): the 10th answer comes at 20:00, the 11th after.
    const result = await runExam(
      ['exam', 'take', 'p.yaml', '--student', '20931', '--json'],
      fakeExamSources({ 'p.yaml': exam }, 60_000),
      `${key('20931').join('\n')}\n`,
    );
    const events = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const done = events.at(-1);
    expect(done).toMatchObject({ event: 'code', answered: 10, total: 12, seconds: 1200 });
  });

  test('grade scores each code against its own student, and --csv writes the class export columns', async () => {
    const right = await codeOf('20931', key('20931'));
    const half = await codeOf(
      '20932',
      key('20932').map((answer, i) => (i % 2 ? answer : 'nope')),
    );
    const codes = `student_id,name,code\n20931,"Ana, la de adelante",${right}\n20932,Luis,${half}\n`;
    const result = await runExam(
      ['exam', 'grade', 'p.yaml', 'codes.csv', '--csv'],
      fakeExamSources({ 'p.yaml': exam, 'codes.csv': codes }),
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'student_id,name,score,passed,failed,comments\r\n' +
        '20931,"Ana, la de adelante",100,12,0,"12 of 12 right, finished in 0:25."\r\n' +
        '20932,Luis,50,6,6,"6 of 12 right, finished in 0:25."\r\n',
    );
  });

  test('grade --class writes the grades into that class of the gradebook, and class export reads them back', async () => {
    const room = classSources({}, { 'alumnos.csv': '20931,Ana,127.0.0.2\n20932,Luis,127.0.0.3\n' });
    await runClass(['class', 'init', 'redes', '--roster', 'alumnos.csv'], room.sources);
    const codes = `student_id,name,code\n20931,Ana,${await codeOf('20931', key('20931'))}\n77,Nadie,${await codeOf('77', [])}\n`;
    const graded = await runExam(
      ['exam', 'grade', 'p.yaml', 'codes.csv', '--class', 'redes'],
      fakeExamSources({ 'p.yaml': exam, 'codes.csv': codes }, 1000, room.sources.gradebookPath()),
    );
    expect(graded.stderr).toContain('Wrote 1 grade of exam');
    expect(graded.stderr).toContain('not in the roster of class redes, so not written to the gradebook: 77');
    expect(graded.code).toBe(2);
    const exported = await runClass(['class', 'export', 'redes', '--csv', '--exam', parcial.id], room.sources);
    expect(exported.out).toBe(
      'student_id,name,score,passed,failed,comments\r\n20931,Ana,100,12,0,"12 of 12 right, finished in 0:25."\r\n',
    );
  });

  test('grade names the line of a code with a typo and of a code made for someone else, grades the rest, exit 2', async () => {
    const right = await codeOf('20931', key('20931'));
    const typo = right.replace(/^(.)/, (c) => (c === 'A' ? 'B' : 'A'));
    const codes = `student_id,code\n20931,${right}\n20932,${typo}\n20933,${right}\n`;
    const result = await runExam(
      ['exam', 'grade', 'p.yaml', 'codes.csv', '--lang', 'es'],
      fakeExamSources({ 'p.yaml': exam, 'codes.csv': codes }),
    );
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('20931');
    expect(result.stderr).toContain(`Línea 3, 20932: el código tiene un error en el grupo 1 (${typo.slice(0, 5)})`);
    expect(result.stderr).toContain('Línea 4, 20933: el código se hizo para otro id de estudiante');
  });

  test("key lists one student's questions with their answers", async () => {
    const result = await runExam(
      ['exam', 'key', 'p.yaml', '--student', '20931', '--json'],
      fakeExamSources({ 'p.yaml': exam }),
    );
    const { questions } = JSON.parse(result.stdout);
    expect(questions.map((q: { expected: string }) => q.expected)).toEqual(key('20931'));
  });

  test.each([
    [
      'an exam file with a typo in a field',
      ['exam', 'take', 'bad.yaml', '--student', '1'],
      /line 6: there is no field "minuts" \(did you mean minutes\?\)/,
    ],
    [
      'a codes file with a broken row',
      ['exam', 'grade', 'p.yaml', 'bad.csv'],
      /line 3 of the codes file is not valid CSV/,
    ],
    [
      'a codes file with no header',
      ['exam', 'grade', 'p.yaml', 'noheader.csv'],
      /line 1 of the codes file must be a header with student_id and code/,
    ],
    ['a missing file', ['exam', 'key', 'none.yaml', '--student', '1'], /cannot read "none.yaml" \(ENOENT\)/],
    ['no student', ['exam', 'take', 'p.yaml'], /say whose exam it is with --student/],
    [
      'a student id with a space',
      ['exam', 'key', 'p.yaml', '--student', 'Ana Paz'],
      /the student id "Ana Paz" must be/,
    ],
    ['an unknown verb', ['exam', 'tkae'], /exam does "tkae"\?/],
    [
      'an unknown topic',
      ['exam', 'new', '--topics', 'binary,subnett'],
      /no exam topic "subnett" \(did you mean subnet\?\)/,
    ],
  ])('%s: exit 2 and a message that says what and where', async (_, argv, message) => {
    const files = {
      'p.yaml': exam,
      'bad.yaml': exam.replace('minutes:', 'minuts:'),
      'bad.csv': 'student_id,code\n1,ABC\n2,"DEF\n',
      'noheader.csv': '20931,ABCDE\n',
    };
    const result = await runExam(argv, fakeExamSources(files));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
