/**
 * Bundle-size gate: the bytes of the built renderer are deterministic, so
 * `npm test` checks them against the budgets (timings are only reported, by
 * `npm run bench`).
 */
import { expect, test } from '@playwright/test';
import { BUDGETS, measureBundle } from '../../scripts/bundleSize';

test('initial and total renderer JavaScript stay within their gzip budgets', async () => {
  const size = await measureBundle();
  console.log(
    `renderer JS (gzip): initial ${(size.initialGzip / 1024).toFixed(1)} KB of ${BUDGETS.initialGzip / 1024} KB, ` +
      `total ${(size.totalGzip / 1024).toFixed(1)} KB of ${BUDGETS.totalGzip / 1024} KB`,
  );
  expect(size.initialFiles.length).toBeGreaterThan(0);
  expect(size.initialGzip).toBeLessThanOrEqual(BUDGETS.initialGzip);
  expect(size.totalGzip).toBeLessThanOrEqual(BUDGETS.totalGzip);
});
