// Bundles netlearn into dist/ in two parts:
//   dist/cli.cjs   the dispatcher and the registry, CommonJS: Node starts CommonJS without its ES
//                  module loader (~30 ms). What it loads lazily (a command, its sources, a tool's
//                  words in one language, the shared words) is a file of its own under dist/cli/.
//   dist/tui/      the Ink app (run-tui.mjs), ES modules, each screen a lazy chunk; cli.cjs imports
//                  it only when a screen opens, so no plain command parses React.
// Lessons are parsed here once, into dist/lessons/ (see src/lessons/lesson-source.bundle.ts).
import { build } from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

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
  // A native addon: node loads its compiled .node file from node_modules at run time.
  external: ['better-sqlite3'],
};

await rm('dist', { recursive: true, force: true });

/** The app and the screens are the TUI bundle's: the shell loads that, never a plain file's copies. */
const tuiApart = {
  name: 'tui-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/run-tui\.js$/ }, () => ({
      path: relative(dirname(b.initialOptions.outfile), 'dist/tui/run-tui.mjs').replace(/^(?!\.)/, './'),
      external: true,
    }));
    b.onResolve({ filter: /^\.\/[\w-]*screen\.js$/ }, (args) =>
      args.resolveDir.startsWith(join(sourceDir, 'tools')) ? { path: args.path, namespace: 'tui-only' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'tui-only' }, () => ({
      contents: "throw new Error('screens load from dist/tui/, through the app shell');",
      loader: 'js',
    }));
  },
};

/** Where a module that the plain side loads lazily is written: dist/cli/<its path under src>.cjs. */
const lazyFile = (source) => join('dist/cli', relative(sourceDir, source).replace(/\.tsx?$/, '.cjs'));

/** The TypeScript file an import of `./name.js` means. */
function sourceOf(resolveDir, path) {
  const base = join(resolveDir, path.replace(/\.js$/, ''));
  return ['.ts', '.tsx'].map((ext) => base + ext).find((file) => existsSync(file));
}

/**
 * Each `import()` below src/ becomes a file of its own, required only when it runs: a plain command
 * parses its own code, its tool's words in one language and the shared words, never another's.
 * (ES modules could share chunks, but Node starts CommonJS without its ES module loader.)
 */
function lazyFiles(found) {
  return {
    name: 'lazy-files',
    setup(b) {
      b.onResolve({ filter: /^\.\.?\// }, (args) => {
        if (args.kind !== 'dynamic-import' || !args.resolveDir.startsWith(sourceDir)) return undefined;
        const source = sourceOf(args.resolveDir, args.path);
        if (!source) return undefined;
        found(source);
        const path = relative(dirname(b.initialOptions.outfile), lazyFile(source));
        return { path: path.startsWith('.') ? path : `./${path}`, namespace: 'lazy' };
      });
      // A stand-in that requires the file and hands on its default export: esbuild's own interop
      // would hand `module.exports` as the default, since package.json says "type": "module".
      b.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({
        contents: `const lazy = require(${JSON.stringify(args.path)}); export default lazy.default;`,
        loader: 'js',
      }));
      b.onResolve({ filter: /.*/, namespace: 'lazy' }, (args) => ({ path: args.path, external: true }));
    },
  };
}

/** Builds src/cli.ts into dist/cli.cjs, then every file it loads lazily, then theirs, and so on. */
async function buildPlain() {
  const outputs = {};
  const inputs = {};
  const seen = new Set();
  let due = [[resolve('src/cli.ts'), 'dist/cli.cjs']];
  while (due.length > 0) {
    const next = [];
    const found = (source) => {
      if (seen.has(source)) return;
      seen.add(source);
      next.push([source, lazyFile(source)]);
    };
    const results = await Promise.all(
      due.map(([entry, outfile]) =>
        build({
          ...shared,
          entryPoints: [entry],
          outfile,
          format: 'cjs',
          define: { 'process.env.NODE_ENV': '"production"', 'import.meta.url': '__nlModuleUrl' },
          banner: { js: "const __nlModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
          plugins: [tuiApart, lazyFiles(found), bundleTwins],
        }),
      ),
    );
    for (const result of results) {
      Object.assign(outputs, result.metafile.outputs);
      Object.assign(inputs, result.metafile.inputs);
    }
    due = next;
  }
  return { metafile: { inputs, outputs } };
}

const plain = await buildPlain();

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
      // The shell names every tool at once (the home menu, in both languages): in the TUI a registry
      // entry's words are imported statically, into the entry chunk, instead of forty files read one by
      // one before the first frame. `import * as` gives what `import()` resolves to.
      name: 'words-in-entry',
      setup(b) {
        b.onLoad({ filter: /[\\/]src[\\/]tools[\\/][\w-]+[\\/][\w-]*entry\.ts$/ }, async (args) => {
          const imports = [];
          const source = (await readFile(args.path, 'utf8')).replace(
            /import\((['"])(\.\/[\w-]*words\.[a-z]{2}\.js)\1\)/g,
            (_, _quote, path) => {
              imports.push(`import * as words${imports.length} from '${path}';`);
              return `Promise.resolve(words${imports.length - 1})`;
            },
          );
          return { contents: `${imports.join('\n')}\n${source}`, loader: 'ts' };
        });
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
