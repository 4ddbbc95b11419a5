// Bundles netlearn into dist/ in two parts:
//   dist/cli.cjs   every plain command, one CommonJS file: Node starts CommonJS without its ES
//                  module loader (~30 ms) and reads one file, not twenty chunks.
//   dist/tui/      the Ink app (run-tui.mjs), ES modules, each screen a lazy chunk; cli.cjs imports
//                  it only when a screen opens, so no plain command parses React.
// Lessons are parsed here once, into dist/lessons/ (see src/lessons/lesson-source.bundle.ts).
import { build } from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const sourceDir = resolve('src');
const lessonsDir = 'dist/lessons';

/** A module with a `.bundle.ts` twin is replaced by the twin in the bundle: lessons read what is
 * parsed below instead of loading YAML and Markdown parsers; string-width loads on first use. */
const bundleTwins = {
  name: 'bundle-twins',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => {
      const twin = join(args.resolveDir, args.path.replace(/\.js$/, '.bundle.ts'));
      return args.resolveDir.startsWith(sourceDir) && existsSync(twin) ? { path: twin } : undefined;
    });
  },
};

const shared = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
};

await rm('dist', { recursive: true, force: true });

const plain = await build({
  ...shared,
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.cjs',
  format: 'cjs',
  define: { 'process.env.NODE_ENV': '"production"', 'import.meta.url': '__nlModuleUrl' },
  banner: { js: "const __nlModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [
    {
      // The app and the screens are the TUI bundle's: the shell loads that, never this file's copies.
      name: 'tui-apart',
      setup(b) {
        b.onResolve({ filter: /^\.\/run-tui\.js$/ }, () => ({ path: './tui/run-tui.mjs', external: true }));
        b.onResolve({ filter: /^\.\/[\w-]*screen\.js$/ }, (args) =>
          args.resolveDir.startsWith(join(sourceDir, 'tools')) ? { path: args.path, namespace: 'tui-only' } : undefined,
        );
        b.onLoad({ filter: /.*/, namespace: 'tui-only' }, () => ({
          contents: "throw new Error('screens load from dist/tui/, through the app shell');",
          loader: 'js',
        }));
      },
    },
    bundleTwins,
  ],
});

const tui = await build({
  ...shared,
  entryPoints: { 'run-tui': 'src/app/run-tui.tsx' },
  outdir: 'dist/tui',
  splitting: true,
  format: 'esm',
  chunkNames: 'chunks/[name]-[hash]',
  // .mjs: ES modules whatever package.json says around them (a copy of dist/, say).
  outExtension: { '.js': '.mjs' },
  define: { 'process.env.NODE_ENV': '"production"' },
  // Some dependencies still call require(); ESM output needs one in scope.
  banner: {
    js: "import { createRequire as __nlRequire } from 'node:module'; const require = __nlRequire(import.meta.url);",
  },
  plugins: [
    {
      // Ink turns on its development mode whenever DEV=true is in the environment (common in
      // developers' shells): it imports devtools (react-devtools-core, which the bundle has not)
      // and reads its own package.json (which the bundle has not either), so every screen failed.
      // In the bundle Ink's isDev() is always false, and the devtools modules are empty stubs.
      name: 'ink-never-dev',
      setup(b) {
        b.onLoad({ filter: /[\\/]ink[\\/]build[\\/]utils\.js$/ }, async (args) => {
          const source = await readFile(args.path, 'utf8');
          const check = "const isDev = () => process.env['DEV'] === 'true';";
          if (!source.includes(check)) throw new Error(`ink-never-dev: "${check}" not found in ${args.path}`);
          return { contents: source.replace(check, 'const isDev = () => false;'), loader: 'js' };
        });
        b.onResolve({ filter: /^react-devtools-core$/ }, () => ({ path: 'devtools', namespace: 'stub' }));
        b.onResolve({ filter: /^\.\/devtools(-window-polyfill)?\.js$/ }, (args) =>
          /[\\/]ink[\\/]build$/.test(args.resolveDir) ? { path: 'ink-devtools', namespace: 'stub' } : undefined,
        );
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
    bundleTwins,
  ],
});

// Kept for the test that proves plain commands never load Ink or React.
await writeFile('dist/meta.json', JSON.stringify({ plain: plain.metafile, tui: tui.metafile }));
await chmod('dist/cli.cjs', 0o755);

// The parser as one CommonJS file: the build runs it now, and a bundle requires it only if content/
// changed after this build (a teacher's edit), so lessons never go stale.
await mkdir(lessonsDir, { recursive: true });
await build({
  ...shared,
  metafile: false,
  stdin: {
    contents: [
      "export { readLessons } from './read-lessons.ts';",
      "export { contentSnapshot } from './content-snapshot.ts';",
    ].join('\n'),
    resolveDir: resolve('src/lessons'),
    loader: 'ts',
  },
  outfile: join(lessonsDir, 'read-lessons.cjs'),
  format: 'cjs',
});
const parser = createRequire(import.meta.url)(resolve(lessonsDir, 'read-lessons.cjs'));
const languages = readdirSync('content', { withFileTypes: true }).filter((entry) => entry.isDirectory());
for (const lang of languages.map((entry) => entry.name)) {
  const lessons = parser.readLessons('content', lang);
  const data = (suffix) => join(lessonsDir, `lessons-${lang}${suffix}`);
  // Tokens apart, one lesson a line: listing lessons never parses them, showing one parses its own.
  await writeFile(data('.json'), JSON.stringify(lessons.map(({ tokens: _tokens, ...lesson }) => lesson)));
  await writeFile(data('.tokens.jsonl'), lessons.map((lesson) => JSON.stringify(lesson.tokens)).join('\n'));
  await writeFile(data('.snapshot'), parser.contentSnapshot(join('content', lang)));
}
