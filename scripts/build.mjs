// Bundles src/cli.ts into dist/: a small entry for plain commands, and lazy chunks (the Ink TUI,
// each command) that load only when used, so `--version` never parses React. Lessons are parsed
// here once, into lessons-<lang>.json beside the chunk that reads them.
import { build } from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';
import { chmod, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const sourceDir = resolve('src');

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
  banner: {
    js: "import { createRequire as __nlRequire } from 'node:module'; const require = __nlRequire(import.meta.url);",
  },
  plugins: [
    {
      // Ink imports react-devtools-core only when DEV is set; never ship it.
      name: 'stub-devtools',
      setup(b) {
        b.onResolve({ filter: /^react-devtools-core$/ }, () => ({ path: 'devtools', namespace: 'stub' }));
        b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export default {}', loader: 'js' }));
      },
    },
    {
      // Yoga (Ink's layout engine) loads its WebAssembly, embedded as a data: URL, through fetch()
      // when fetch exists, and touching fetch makes Node load undici: ~40 ms of the TUI's start.
      // Its synchronous path decodes the same bytes without it.
      name: 'yoga-without-fetch',
      setup(b) {
        b.onLoad({ filter: /yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/ }, async (args) => {
          const source = await readFile(args.path, 'utf8');
          const check = '"function"!=typeof fetch';
          if (!source.includes(check)) throw new Error(`yoga-without-fetch: "${check}" not found in ${args.path}`);
          return { contents: source.replace(check, 'true'), loader: 'js' };
        });
      },
    },
    {
      // A module with a `.bundle.ts` twin is replaced by the twin in the bundle: lessons read what is
      // parsed below instead of loading YAML and Markdown parsers; string-width loads on first use.
      name: 'bundle-twins',
      setup(b) {
        b.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => {
          const twin = join(args.resolveDir, args.path.replace(/\.js$/, '.bundle.ts'));
          return args.resolveDir.startsWith(sourceDir) && existsSync(twin) ? { path: twin } : undefined;
        });
      },
    },
  ],
  metafile: true,
  logLevel: 'warning',
});
// Kept for the test that proves plain commands never load Ink or React.
await writeFile('dist/meta.json', JSON.stringify(result.metafile));
await chmod('dist/cli.js', 0o755);

// The chunk that reads the lessons looks for them, and for the parser, in its own folder.
const { outputs } = result.metafile;
const reader = Object.keys(outputs).find((file) => 'src/lessons/lesson-source.bundle.ts' in outputs[file].inputs);
if (!reader) throw new Error('no chunk reads the built lessons');
const dataDir = dirname(reader);
// The parser as one CommonJS file: the build runs it now, and the bundle requires it only if
// content/ changed after this build (a teacher's edit), so lessons never go stale.
await build({
  stdin: {
    contents: [
      "export { readLessons } from './read-lessons.ts';",
      "export { contentSnapshot } from './content-snapshot.ts';",
    ].join('\n'),
    resolveDir: resolve('src/lessons'),
    loader: 'ts',
  },
  outfile: join(dataDir, 'read-lessons.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});
const parser = createRequire(import.meta.url)(resolve(dataDir, 'read-lessons.cjs'));
const languages = readdirSync('content', { withFileTypes: true }).filter((entry) => entry.isDirectory());
for (const lang of languages.map((entry) => entry.name)) {
  const lessons = parser.readLessons('content', lang);
  const data = (suffix) => join(dataDir, `lessons-${lang}${suffix}`);
  // Tokens apart, one lesson a line: listing lessons never parses them, showing one parses its own.
  await writeFile(data('.json'), JSON.stringify(lessons.map(({ tokens: _tokens, ...lesson }) => lesson)));
  await writeFile(data('.tokens.jsonl'), lessons.map((lesson) => JSON.stringify(lesson.tokens)).join('\n'));
  await writeFile(data('.snapshot'), parser.contentSnapshot(join('content', lang)));
}
