/**
 * What the learner's server is written in, as far as the process says: the interpreter it runs
 * under, or `native` for a compiled program (C, Rust, Go...), or `other` for an interpreter netlearn
 * does not teach with (Java, Ruby, a shell...).
 */
export type ServerRuntime = 'python' | 'node' | 'native' | 'other';

const python = /^(python|pypy)(\d+(\.\d+)*)?[a-z]?$/;
const node = /^(node|nodejs)(\d+)?$/;
// Interpreters and VMs that are not Python or Node: their servers are not "native" programs.
const otherRuntimes =
  /^(java|ruby|perl|php(-cli)?|bash|sh|dash|zsh|fish|dotnet|mono|deno|bun|lua(jit)?|beam\.smp|erl|elixir|racket|guile|tclsh|Rscript|julia|swift|ncat|nc|socat|busybox)(\d+(\.\d+)*)?$/;

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function runtimeOfName(name: string): ServerRuntime | undefined {
  if (python.test(name)) return 'python';
  if (node.test(name)) return 'node';
  if (otherRuntimes.test(name)) return 'other';
  return undefined;
}

/**
 * The runtime from argv[0] (`/usr/bin/python3.12` -> python) or else the kernel's short name
 * (`comm`, 15 characters at most), which survives a program rewriting its command line. A name that
 * is neither a known interpreter is a native program; no name at all says nothing (`other`).
 */
export function guessRuntime(argv: readonly string[], comm: string): ServerRuntime {
  const first = argv[0] ? baseName(argv[0].split(' ')[0]!) : '';
  const known = runtimeOfName(first) ?? runtimeOfName(comm.trim());
  if (known) return known;
  return first || comm.trim() ? 'native' : 'other';
}
