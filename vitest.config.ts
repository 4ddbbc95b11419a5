import { defineConfig } from 'vitest/config';
import SummaryReporter from './test/helpers/summary-reporter.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // pty and socket tests spawn processes; two cores are plenty busy with two files at once.
    maxWorkers: 2,
    reporters: ['default', new SummaryReporter()],
  },
});
