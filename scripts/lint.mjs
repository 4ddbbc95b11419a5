// `npm run lint`: runs every lint:* script even when an earlier one fails, so one run shows all that is wrong.
import { spawnSync } from 'node:child_process';

const checks = ['eslint', 'layers', 'unused', 'format'];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const failed = [];
for (const name of checks) {
  const started = performance.now();
  const { status } = spawnSync(npm, ['run', '--silent', `lint:${name}`], { stdio: 'inherit' });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`lint:${name} ${status === 0 ? 'ok' : 'FAILED'} (${seconds} s)`);
  if (status !== 0) failed.push(name);
}
if (failed.length > 0) {
  console.error(`lint failed: ${failed.join(', ')}`);
  process.exit(1);
}
