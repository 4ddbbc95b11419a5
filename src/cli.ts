#!/usr/bin/env node
import { dispatch } from './app/dispatch.js';

// A reader that leaves early (`netlearn subnet 10.0.0.0/8 --split /28 | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

// No top-level await: the bundle is CommonJS (scripts/build.mjs says why).
void dispatch(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
}).then((code) => {
  process.exitCode = code;
});
