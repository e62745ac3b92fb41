/** Size: initial and total renderer JS (gzip) and the main bundle, from out/. */
import { test } from '@playwright/test';
import { measureBundle } from '../scripts/bundleSize';
import { record } from './recorder';

test('bundle sizes', async () => {
  const size = await measureBundle();
  await record({
    id: '7-size-initial',
    label: 'Initial renderer JS (gzip)',
    unit: 'bytes',
    value: size.initialGzip,
    budget: 150 * 1024,
    note: size.initialFiles.join(', '),
  });
  await record({
    id: '7-size-total',
    label: 'Total renderer JS (gzip)',
    unit: 'bytes',
    value: size.totalGzip,
    budget: 350 * 1024,
  });
  await record({
    id: '7-size-main',
    label: 'Main-process bundle',
    unit: 'bytes',
    value: size.mainBytes,
  });
});
