import { defineConfig } from 'vitest/config';
import SummaryReporter from './test/helpers/summary-reporter.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // pty and socket tests spawn processes; two cores are plenty busy with two files at once.
    maxWorkers: 2,
    // On CI only, a failed test gets one more run: pty and socket tests share a noisy two-core
    // machine with everything else. A real bug fails both runs; a retried test is still reported.
    retry: process.env.CI ? 1 : 0,
    reporters: ['default', new SummaryReporter()],
  },
});
