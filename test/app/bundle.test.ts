import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Output {
  imports: { path: string; kind: string; external?: boolean }[];
  inputs: Record<string, unknown>;
  entryPoint?: string;
}
interface Metafile {
  outputs: Record<string, Output>;
}

/** What scripts/build.mjs wrote: the plain commands' bundle and the TUI's. */
const meta = JSON.parse(readFileSync(new URL('../../dist/meta.json', import.meta.url), 'utf8')) as {
  plain: Metafile;
  tui: Metafile;
};

const uiInput = /node_modules\/(ink|react|react-reconciler|yoga-layout)\/|src\/(ui|app\/(App|Home|run-tui))/;

/** Every output file a chunk loads before it runs: its static imports, transitively. */
function staticClosure(metafile: Metafile, output: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !metafile.outputs[file]) return;
    seen.add(file);
    for (const imported of metafile.outputs[file]!.imports)
      if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(output);
  return seen;
}

describe('the bundle', () => {
  const plainFiles = Object.entries(meta.plain.outputs);
  const plain = meta.plain.outputs['dist/cli.cjs']!;
  /** The plain file that holds a source module, where it is the file's own entry. */
  const fileOf = (source: string) => plainFiles.find(([, output]) => output.entryPoint === source)?.[0];

  it('has no Ink, React or UI code in any plain file', () => {
    for (const [file, output] of plainFiles)
      expect(
        Object.keys(output.inputs).filter((input) => uiInput.test(input)),
        file,
      ).toEqual([]);
  });

  it('keeps dist/cli.cjs to the dispatcher and the registry: each command and its words are files of their own', () => {
    const inputs = Object.keys(plain.inputs);
    expect(inputs).toContain('src/app/dispatch.ts');
    expect(inputs).toContain('src/tools/index.ts');
    expect(
      inputs.filter((input) => /src\/tools\/[^/]+\/([\w-]*command|[\w-]*words\.[a-z]+|sources)\.tsx?$/.test(input)),
    ).toEqual([]);
    expect(inputs.filter((input) => /src\/i18n\/(en|es)\//.test(input))).toEqual([]);
    for (const source of ['src/tools/ip/command.ts', 'src/tools/ip/words.en.ts', 'src/tools/ip/words.es.ts'])
      expect(fileOf(source), source).toMatch(/^dist\/cli\//);
  });

  it("loads a command's code without another's or any dictionary: ip's file holds no other tool, socket or words", () => {
    const ip = Object.keys(meta.plain.outputs[fileOf('src/tools/ip/command.ts')!]!.inputs);
    const foreign = /src\/tools\/(?!ip\/)[^/]+\/|src\/net\/|src\/i18n\/(en|es)\/|src\/tools\/ip\/words/;
    expect(ip.filter((input) => foreign.test(input))).toEqual([]);
  });

  it('reaches the TUI only through one dynamic import of dist/tui/run-tui.mjs', () => {
    const external = plain.imports.filter((imported) => imported.external && !imported.path.startsWith('node:'));
    expect(external.filter((imported) => imported.path.includes('tui'))).toEqual([
      expect.objectContaining({ path: './tui/run-tui.mjs', kind: 'dynamic-import' }),
    ]);
    for (const [file, output] of plainFiles.filter(([file]) => file !== 'dist/cli.cjs'))
      expect(
        output.imports.filter((imported) => imported.path.includes('tui')),
        file,
      ).toEqual([]);
  });

  it('keeps each screen out of the TUI entry until it is opened', () => {
    const entry = staticClosure(meta.tui, 'dist/tui/run-tui.mjs');
    const inputs = [...entry].flatMap((file) => Object.keys(meta.tui.outputs[file]!.inputs));
    expect(inputs).toContain('node_modules/ink/build/render.js');
    expect(inputs).toContain('src/app/Home.tsx');
    expect(inputs.filter((input) => /src\/tools\/[^/]+\/([\w-]*screen)\.tsx$/.test(input))).toEqual([]);
  });
});
