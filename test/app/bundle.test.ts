import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Metafile {
  outputs: Record<
    string,
    { imports: { path: string; kind: string }[]; inputs: Record<string, unknown>; entryPoint?: string }
  >;
}

const meta = JSON.parse(readFileSync(new URL('../../dist/meta.json', import.meta.url), 'utf8')) as Metafile;

/** Every output file a chunk loads before it runs: its static imports, transitively. */
function staticClosure(output: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !meta.outputs[file]) return;
    seen.add(file);
    for (const imported of meta.outputs[file]!.imports) if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(output);
  return seen;
}

function loadsUi(output: string): string[] {
  return [...staticClosure(output)].flatMap((file) =>
    Object.keys(meta.outputs[file]!.inputs).filter((input) =>
      /node_modules\/(ink|react|@inkjs)\/|src\/ui\//.test(input),
    ),
  );
}

describe('the bundle', () => {
  it('starts plain commands without loading Ink or React', () => {
    expect(loadsUi('dist/cli.js')).toEqual([]);
  });

  it('loads no UI code with any command until a screen opens', () => {
    const commandChunks = Object.entries(meta.outputs)
      .filter(([, output]) => /^src\/tools\/[^/]+\/(?:[\w-]+-)?command\.ts$/.test(output.entryPoint ?? ''))
      .map(([file]) => file);
    expect(commandChunks.length).toBeGreaterThan(0);
    for (const chunk of commandChunks) expect({ chunk, ui: loadsUi(chunk) }).toEqual({ chunk, ui: [] });
  });

  it('keeps the TUI in a chunk of its own that does load Ink', () => {
    const tui = Object.keys(meta.outputs).filter((file) =>
      Object.keys(meta.outputs[file]!.inputs).includes('src/app/run-tui.tsx'),
    );
    expect(tui).toHaveLength(1);
    expect(loadsUi(tui[0]!).length).toBeGreaterThan(0);
  });
});
