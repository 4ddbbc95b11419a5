#!/usr/bin/env node
import { dispatch, guardStdout } from './app/dispatch.js';

// A reader that leaves early is no error (exit 0); a full disk is one line and exit 1.
guardStdout(process.argv.slice(2), process, (code) => process.exit(code));

// No top-level await: the bundle is CommonJS (scripts/build.mjs says why).
void dispatch(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
}).then((code) => {
  process.exitCode = code;
});
