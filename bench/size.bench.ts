/**
 * Size: initial and total renderer JS (gzip) and the main bundle, from out/. The budgets are the
 * ones `npm test` gates on (`scripts/bundleSize.ts`), so the report and the gate cannot disagree.
 */
import { test } from '@playwright/test';
import { BUDGETS, measureBundle } from '../scripts/bundleSize';
import { record } from './recorder';

test('bundle sizes', async () => {
  const size = await measureBundle();
  await record({
    id: '7-size-initial',
    label: 'Initial renderer JS (gzip)',
    unit: 'bytes',
    value: size.initialGzip,
    budget: BUDGETS.initialGzip,
    note: size.initialFiles.join(', '),
  });
  await record({
    id: '7-size-total',
    label: 'Total renderer JS (gzip)',
    unit: 'bytes',
    value: size.totalGzip,
    budget: BUDGETS.totalGzip,
  });
  await record({
    id: '7-size-main',
    label: 'Main-process bundle',
    unit: 'bytes',
    value: size.mainBytes,
  });
});
