import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { generatedTopics } from '../../../src/core/quiz/question.js';
import { cleanEnv, cliPath, runCli } from '../../helpers/cli.js';

const jsonLines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('netlearn quiz, piped', () => {
  it('--json: one exact object per line, answers read in between, the score at the end', async () => {
    const result = await runCli(['quiz', '--seed', '42', '--count', '2', '--json'], {
      input: 'e3 81 82\nregistered\n',
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      [
        '{"event":"question","n":1,"topic":"utf8","prompt":"Which bytes encode \\"あ\\" in UTF-8? Write them in hex.","data":{"char":"あ","ask":"bytes"}}',
        '{"event":"feedback","n":1,"correct":true,"expected":"e3 81 82"}',
        '{"event":"question","n":2,"topic":"port","prompt":"Which range is port 228 in? 1 well-known, 2 registered, 3 dynamic.","data":{"port":228}}',
        '{"event":"feedback","n":2,"correct":false,"expected":"well-known"}',
        '{"event":"score","correct":1,"total":2}',
        '',
      ].join('\n'),
    );
  });

  it('the same seed asks the same questions on every run', async () => {
    const first = await runCli(['quiz', '--seed', '2026', '--count', '15', '--json']);
    const second = await runCli(['quiz', '--seed', '2026', '--count', '15', '--json']);
    expect(first.stdout).toBe(second.stdout);
  });

  it('end of input before the last question: the score so far, exit 0', async () => {
    const result = await runCli(['quiz', 'port', '--seed', '5', '--count', '5', '--json'], { input: 'registered\n' });
    expect(result.code).toBe(0);
    const events = jsonLines(result.stdout);
    expect(events.map((event) => event.event)).toEqual(['question', 'feedback', 'question', 'score']);
    expect(events.at(-1)).toMatchObject({ event: 'score', total: 1 });
  });

  it('asks 10 questions by default', async () => {
    const result = await runCli(['quiz', 'mask', '--seed', '1', '--json'], { input: 'x\n'.repeat(12) });
    const events = jsonLines(result.stdout);
    expect(events.filter((event) => event.event === 'question')).toHaveLength(10);
    expect(events.at(-1)).toEqual({ event: 'score', correct: 0, total: 10 });
  });

  it("data holds each topic's inputs", async () => {
    const data = async (topic: string) =>
      jsonLines((await runCli(['quiz', topic, '--seed', '3', '--count', '1', '--json'])).stdout)[0]!.data;
    expect(Object.keys((await data('binary')) as object)).toEqual(['address']);
    expect(Object.keys((await data('decimal')) as object)).toEqual(['bits']);
    expect(Object.keys((await data('subnet')) as object)).toEqual(['cidr', 'ask']);
    expect(Object.keys((await data('port')) as object)).toEqual(['port']);
    expect(Object.keys((await data('utf8')) as object)).toEqual(['char', 'ask']);
    expect(Object.keys((await data('tuple')) as object)).toEqual(['tuples', 'view']);
  });

  it('plain: right, or wrong with the expected answer and the worked solution', async () => {
    const result = await runCli(['quiz', 'subnet', '--seed', '11', '--count', '2'], { input: 'nope\n' });
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('Question 1 of 2 · Network, broadcast, hosts');
    expect(lines[2]).toBe('> nope');
    expect(lines[3]).toMatch(/^Wrong, expected \S+/);
    expect(result.stdout).toMatch(/Score: 0 of 1 right \(0%\)\./);
  });

  it('plain, piped: each answer is echoed as "> answer" before its feedback; --json has no echo', async () => {
    const result = await runCli(['quiz', 'decimal', '--seed', '4', '--count', '1'], { input: '  010.1.1.1\n' });
    expect(result.stdout.split('\n')[2]).toBe('> 010.1.1.1');
    const json = await runCli(['quiz', 'decimal', '--seed', '4', '--count', '1', '--json'], { input: '010.1.1.1\n' });
    expect(json.stdout).not.toContain('> ');
    expect(jsonLines(json.stdout).map((event) => event.event)).toEqual(['question', 'feedback', 'score']);
  });

  it('plain: a right answer says right', async () => {
    const first = jsonLines((await runCli(['quiz', 'binary', '--seed', '8', '--count', '1', '--json'])).stdout)[0]!;
    const address = (first.data as { address: string }).address;
    const bits = address
      .split('.')
      .map((octet) => Number(octet).toString(2).padStart(8, '0'))
      .join(' ');
    const result = await runCli(['quiz', 'binary', '--seed', '8', '--count', '1'], { input: `${bits}\n` });
    expect(result.stdout).toBe(
      `Question 1 of 1 · Address to binary\nWrite ${address} in binary: 32 bits, with or without dots.\n> ${bits}\nRight\n\nScore: 1 of 1 right (100%).\n`,
    );
  });

  it('a leading zero is wrong, and the feedback says why', async () => {
    const result = await runCli(['quiz', 'decimal', '--seed', '4', '--count', '1'], { input: '010.1.1.1\n' });
    expect(result.stdout).toContain('A leading zero is wrong: some programs read 010 as octal (8), others as 10.');
  });

  it('Spanish: prompts and feedback follow --lang', async () => {
    const result = await runCli(['quiz', 'port', '--seed', '9', '--count', '1', '--lang', 'es'], {
      input: 'bien conocidos\n',
    });
    expect(result.stdout).toMatch(/^Pregunta 1 de 1 · Rangos de puertos\n¿En qué rango está el puerto \d+\?/);
    expect(result.stdout).toMatch(/Puntaje: \d de 1 correctas/);
  });

  it("the lessons topic asks the lessons' own check questions, answered by number", async () => {
    const result = await runCli(['quiz', 'lessons', '--seed', '1', '--count', '1', '--json'], { input: '2\n' });
    const [question, feedback] = jsonLines(result.stdout);
    expect(question).toMatchObject({ event: 'question', topic: 'lessons' });
    expect((question!.data as { options: string[] }).options.length).toBeGreaterThanOrEqual(3);
    expect(feedback).toMatchObject({ event: 'feedback', n: 1 });
  });

  it('a lesson question lists its options a) b) c) as the lesson does, and takes the letter or the number', async () => {
    const json = await runCli(['quiz', 'lessons', '--seed', '1', '--count', '1', '--json'], { input: '1\n' });
    const [question] = jsonLines(json.stdout);
    const right = Number((jsonLines(json.stdout)[1] as { expected: string }).expected);
    const letter = String.fromCharCode(96 + right);
    const byLetter = await runCli(['quiz', 'lessons', '--seed', '1', '--count', '1'], { input: `${letter}\n` });
    expect(byLetter.stdout).toContain(`  a) ${(question!.data as { options: string[] }).options[0]}`);
    expect(byLetter.stdout).not.toMatch(/^ {2}1\) /m);
    expect(byLetter.stdout).toContain('Score: 1 of 1');
    const byNumber = await runCli(['quiz', 'lessons', '--seed', '1', '--count', '1'], { input: `${right}\n` });
    expect(byNumber.stdout).toContain('Score: 1 of 1');
    const wrong = await runCli(['quiz', 'lessons', '--seed', '1', '--count', '1'], {
      input: `${right === 1 ? 'b' : 'a'}\n`,
    });
    expect(wrong.stdout).toContain(`${letter}) `);
    expect(wrong.stdout).toContain('Score: 0 of 1');
  });

  it('reads each answer only after asking: questions and answers interleave', async () => {
    const child = spawn(process.execPath, [cliPath, 'quiz', 'decimal', '--seed', '42', '--count', '2', '--json'], {
      env: cleanEnv(),
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: 20_000,
    });
    const events: Record<string, unknown>[] = [];
    const reader = createInterface({ input: child.stdout });
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    for await (const line of reader) {
      const event = JSON.parse(line) as Record<string, unknown>;
      events.push(event);
      // Answer each question right, from what it showed: only possible if it asked before reading.
      if (event.event === 'question') {
        const bits = (event.data as { bits: string }).bits;
        child.stdin.write(
          `${bits
            .split('.')
            .map((octet) => parseInt(octet, 2))
            .join('.')}\n`,
        );
      }
      if (event.event === 'score') child.stdin.end();
    }
    expect(await closed).toBe(0);
    expect(events.at(-1)).toEqual({ event: 'score', correct: 2, total: 2 });
  });
});

describe('netlearn quiz, bad input', () => {
  it('quiz --help names every topic it can ask, ipv6 included, in both languages', async () => {
    for (const lang of ['en', 'es']) {
      const { stdout } = await runCli(['quiz', '--help', '--lang', lang]);
      for (const topic of generatedTopics) expect(stdout).toContain(topic);
    }
  });

  it('an unknown topic exits 2 naming the topics and the closest', async () => {
    const result = await runCli(['quiz', 'binery']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'netlearn: error: there is no quiz topic "binery"; did you mean binary? Topics: binary, decimal, mask, subnet, port, utf8, tuple, ipv6, lessons.\n',
    );
    expect(result.stdout).toBe('');
  });

  it("--count must be a positive whole number, in the user's language", async () => {
    const en = await runCli(['quiz', '--count', '0']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('--count "0" is not a positive whole number');
    const es = await runCli(['quiz', '--count', 'tres'], { env: { LANG: 'es_AR.UTF-8' } });
    expect(es.code).toBe(2);
    expect(es.stderr).toContain('--count "tres" no es un número entero positivo');
  });

  it('--seed must be a whole number', async () => {
    const result = await runCli(['quiz', '--seed', '4.2']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--seed "4.2" is not a whole number');
  });
});
