// Bundles src/cli.ts into dist/: a small entry for plain commands, and lazy chunks (the Ink TUI,
// each command) that load only when used, so `--version` never parses React.
import { build } from 'esbuild';
import { chmod, rm, writeFile } from 'node:fs/promises';

await rm('dist', { recursive: true, force: true });
const result = await build({
  entryPoints: { cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  minify: true,
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
  // Some dependencies still call require(); ESM output needs one in scope.
  banner: { js: "import { createRequire as __nlRequire } from 'node:module'; const require = __nlRequire(import.meta.url);" },
  plugins: [
    {
      // Ink imports react-devtools-core only when DEV is set; never ship it.
      name: 'stub-devtools',
      setup(b) {
        b.onResolve({ filter: /^react-devtools-core$/ }, () => ({ path: 'devtools', namespace: 'stub' }));
        b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export default {}', loader: 'js' }));
      },
    },
  ],
  metafile: true,
  logLevel: 'warning',
});
// Kept for the test that proves plain commands never load Ink or React.
await writeFile('dist/meta.json', JSON.stringify(result.metafile));
await chmod('dist/cli.js', 0o755);
