// Playwright config for the Electron smoke test (`npm run test:electron`): the
// built app in the real Electron binary, one test at a time. Not part of
// `npm test`, which runs on machines where the binary cannot be fetched.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  globalSetup: './globalSetup.ts',
  outputDir: '../../test-results/electron',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
});
