// `npm run bench`: the benchmark suite. Not part of `npm test`; it prints
// numbers and writes bench/results.json, and never fails on a timing.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.bench.ts',
  globalSetup: './setup.ts',
  globalTeardown: './report.ts',
  outputDir: '../test-results/bench',
  timeout: 600_000,
  workers: 1,
  fullyParallel: false,
  reporter: [['line']],
});
