import { describe, expect, it } from 'vitest';
import { commandTools } from '../../src/tools/index.js';

const commandNames = commandTools().map(({ command }) => command.name);
import packageJson from '../../package.json' with { type: 'json' };
import { runCli } from '../helpers/cli.js';

const escape = /\u001B\[/;

describe('netlearn without a terminal', () => {
  it('prints the help and exits 0 when run with no command and no TTY', async () => {
    const { code, stdout, stderr } = await runCli([]);
    expect(code).toBe(0);
    expect(stdout).toContain('netlearn <command> [options]');
    for (const name of commandNames) expect(stdout).toContain(`  ${name}`);
    expect(stderr).toBe('');
    expect(stdout).not.toContain('Raw mode');
  });

  it('writes no escape codes when piped', async () => {
    const { stdout } = await runCli(['--help'], { env: { TERM: 'xterm-256color' } });
    expect(stdout).not.toMatch(escape);
  });
});

describe('--help and --version', () => {
  it('prints the version from package.json', async () => {
    const { code, stdout } = await runCli(['--version']);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(packageJson.version);
  });

  it('prints the version with -v too', async () => {
    expect((await runCli(['-v'])).stdout.trim()).toBe(packageJson.version);
  });

  it.each(commandNames)('explains %s with --help and with help <command>', async (name) => {
    const flag = await runCli([name, '--help']);
    const topic = await runCli(['help', name]);
    expect(flag.code).toBe(0);
    expect(flag.stdout).toContain(`netlearn ${name}`);
    expect(flag.stdout).toContain('Examples');
    expect(topic.stdout).toBe(flag.stdout);
  });

  it('prints help in Spanish with --lang es', async () => {
    const { stdout } = await runCli(['--help', '--lang', 'es']);
    expect(stdout).toContain('Comandos');
    expect(stdout).toContain('Opciones globales');
  });
});

describe('usage errors exit 2 with a message and no stack trace', () => {
  it('names an unknown command and suggests the closest', async () => {
    const { code, stdout, stderr } = await runCli(['subnt']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('unknown command "subnt"');
    expect(stderr).toContain('Did you mean "subnet"?');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('names an unknown option and the command it was given to', async () => {
    const { code, stderr } = await runCli(['port', '80', '--try-bnd']);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown option "--try-bnd" for netlearn port');
    expect(stderr).toContain('Did you mean "--try-bind"?');
  });

  it('lists the supported languages for an unsupported --lang and suggests the closest', async () => {
    const { code, stderr } = await runCli(['--lang', 'esp', '--help']);
    expect(code).toBe(2);
    expect(stderr).toContain('unsupported language "esp". Supported: en, es.');
    expect(stderr).toContain('Did you mean "es"?');
  });

  it('says an option needs a value', async () => {
    const { code, stderr } = await runCli(['subnet', '10.0.0.0/8', '--split']);
    expect(code).toBe(2);
    expect(stderr).toContain('option "--split" needs a value');
  });

  it('reads a negative number after an option as its value, for the command to judge', async () => {
    const { code, stderr } = await runCli(['threads', '--workers', '-1']);
    expect(code).toBe(2);
    expect(stderr).not.toContain('needs a value');
    expect(stderr).toContain('-1');
  });

  it('says --lang needs a value when it has none', async () => {
    const { code, stderr } = await runCli(['--help', '--lang']);
    expect(code).toBe(2);
    expect(stderr).toContain('option "--lang" needs a value');
  });

  it('accepts a language written as its name', async () => {
    const { stdout } = await runCli(['--help', '--lang', 'español']);
    expect(stdout).toContain('Comandos');
  });

  it('says when an argument is missing or one too many', async () => {
    const missing = await runCli(['ip']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('netlearn ip needs <address>');
    const extra = await runCli(['ip', '1.2.3.4', '5.6.7.8']);
    expect(extra.code).toBe(2);
    expect(extra.stderr).toContain('unexpected argument "5.6.7.8"');
  });

  it('speaks Spanish from LANG=es_AR.UTF-8', async () => {
    const { code, stderr } = await runCli(['lesion'], { env: { LANG: 'es_AR.UTF-8' } });
    expect(code).toBe(2);
    expect(stderr).toContain('no existe el comando "lesion". ¿Quisiste decir "lesson"?');
  });

  it('lets --lang win over the environment', async () => {
    const { stderr } = await runCli(['lesion', '--lang', 'en'], { env: { LANG: 'es_ES.UTF-8' } });
    expect(stderr).toContain('unknown command "lesion"');
  });
});
