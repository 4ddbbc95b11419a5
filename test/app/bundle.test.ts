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
  const plain = meta.plain.outputs['dist/cli.cjs']!;

  it('holds every plain command in one file that has no Ink, React or UI code', () => {
    const inputs = Object.keys(plain.inputs);
    expect(inputs.filter((input) => uiInput.test(input))).toEqual([]);
    for (const command of [
      'src/tools/ip/command.ts',
      'src/tools/lessons/lesson-command.ts',
      'src/tools/chat/serve-command.ts',
    ]) {
      expect(inputs).toContain(command);
    }
  });

  it('reaches the TUI only through one dynamic import of dist/tui/run-tui.mjs', () => {
    const external = plain.imports.filter((imported) => imported.external && !imported.path.startsWith('node:'));
    expect(external).toEqual([expect.objectContaining({ path: './tui/run-tui.mjs', kind: 'dynamic-import' })]);
  });

  it('keeps each screen out of the TUI entry until it is opened', () => {
    const entry = staticClosure(meta.tui, 'dist/tui/run-tui.mjs');
    const inputs = [...entry].flatMap((file) => Object.keys(meta.tui.outputs[file]!.inputs));
    expect(inputs).toContain('node_modules/ink/build/render.js');
    expect(inputs).toContain('src/app/Home.tsx');
    expect(inputs.filter((input) => /src\/tools\/[^/]+\/([\w-]*screen)\.tsx$/.test(input))).toEqual([]);
  });
});
