// The layers of src/ (see README "Layout"): imports only go down this list, never up, never in a loop.
//   src/cli.ts > src/app > src/tools > src/ui > net, system, store, threads, i18n, lessons, progress, output > src/core
const middle = '^src/(net|system|store|threads|i18n|lessons|progress|output)/';
const above = (layers) => `^src/(${layers.join('|')})(/|$)`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'A loop of imports has no bottom layer: one of its modules belongs lower down or apart. A type ' +
        "naming the way back (a command's `CommandContext<PortTool>` from its entry) runs nothing, so it closes no loop.",
      from: { path: '^src/' },
      to: { circular: true, dependencyTypesNot: ['type-only'], viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'core-imports-only-core',
      severity: 'error',
      comment: 'src/core is pure logic: it imports nothing of ours from outside src/core.',
      from: { path: '^src/core/' },
      to: { path: '^src/', pathNot: '^src/core/' },
    },
    {
      name: 'core-has-no-terminal',
      severity: 'error',
      comment: 'src/core knows nothing of terminals: no Ink, no React.',
      from: { path: '^src/core/' },
      to: { path: '^node_modules/(ink|react|@inkjs/ui)/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'core-has-no-io',
      severity: 'error',
      comment: 'src/core never reads files, opens sockets or prints: no Node built-ins.',
      from: { path: '^src/core/' },
      to: { dependencyTypes: ['core'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'middle-layers-import-down',
      severity: 'error',
      comment: 'net, system, store, threads, i18n, lessons, progress and output import only core and each other.',
      from: { path: middle },
      to: { path: above(['ui', 'tools', 'app', 'cli\\.ts']) },
    },
    {
      name: 'i18n-imports-only-core',
      severity: 'error',
      comment: 'Words know nothing of sockets, lessons or progress: src/i18n imports only src/core.',
      from: { path: '^src/i18n/' },
      to: { path: '^src/', pathNot: '^src/(i18n|core)/' },
    },
    {
      name: 'ui-kit-below-tools',
      severity: 'error',
      comment: 'The UI kit is shared by every screen: it imports no tool, and nothing of the shell.',
      from: { path: '^src/ui/' },
      to: { path: above(['tools', 'app', 'cli\\.ts']) },
    },
    {
      name: 'tools-below-app',
      severity: 'error',
      comment: 'A tool is reached through the registry; it never imports the shell.',
      from: { path: '^src/tools/' },
      to: { path: above(['app', 'cli\\.ts']) },
    },
    {
      name: 'app-below-cli',
      severity: 'error',
      comment: 'src/cli.ts is the entry point; nothing imports it.',
      from: { path: '^src/app/' },
      to: { path: '^src/cli\\.ts$' },
    },
    {
      name: 'only-sources-touch-the-machine',
      severity: 'error',
      comment:
        "In a tool's folder only sources.ts reaches sockets, machine reads and workers; the command " +
        'and the screen go through it (the screen as a prop), so tests can hand in fakes. Types are fine.',
      from: { path: '^src/tools/[^/]+/', pathNot: '^src/tools/.+/sources\\.ts$' },
      to: { path: '^src/(net|system|store|threads)/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'tool-stays-in-its-folder',
      severity: 'error',
      comment: "A tool's folder imports no other tool's folder (src/tools/tool.ts is shared by all).",
      from: { path: '^src/tools/([^/]+)/' },
      to: { path: '^src/tools/([^/]+/|index\\.ts$)', pathNot: '^src/tools/$1/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing.',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'src-not-to-dev-dependencies',
      severity: 'error',
      comment: 'The shipped code may not use a package that `npm install --omit=dev` leaves out.',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-undeclared-packages',
      severity: 'error',
      comment: 'A package used but not listed in package.json works only by accident of hoisting.',
      from: {},
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    // Re-cruises only files whose content changed since the last run (the folder is git-ignored).
    cache: { folder: 'node_modules/.cache/dependency-cruiser', strategy: 'content' },
  },
};
