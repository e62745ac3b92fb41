/**
 * Loss windows of the page's own unload (#18 item 7), through the e2e
 * fixture: an edit, then the page reloads or closes a few milliseconds
 * later, and whether the edit survived — in the app (IndexedDB) and in
 * `workbook.json`. The edit is a rename committed with Enter (one IndexedDB
 * write, started in the key's own handler). The fixture answers the page's
 * beforeunload refusal as main does (flush, then retry); `held` counts those.
 *
 * The delays are what is measured (the gap between the edit and the unload),
 * not a way to wait for the app, so they are plain timeouts. Counts, not
 * timings: nothing here has a budget.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test } from '../tests/e2e/fixtures';
import { WorkbookPage } from '../tests/e2e/pages/WorkbookPage';
import { record } from './recorder';

const nameOnDisk = async (dataDir: string): Promise<string> =>
  JSON.parse(await readFile(join(dataDir, 'workbook.json'), 'utf8')).payload.workbook.name;

const renameNow = async (page: Page, name: string) => {
  const field = new WorkbookPage(page).nameField;
  await field.fill(name);
  await field.press('Enter');
};

test('reload within 0–10 ms of an edit, 80 times', async ({ app, appControl, dataDir }) => {
  await new WorkbookPage(app).startWorkbook('Reload 0');
  let lostInApp = 0;
  let lostOnDisk = 0;
  for (let i = 1; i <= 80; i++) {
    const page = appControl.page();
    const name = `Reload ${i}`;
    await renameNow(page, name);
    const delay = i % 11;
    if (delay > 0) await page.waitForTimeout(delay);
    await appControl.reload();
    const shown = await new WorkbookPage(page).nameField.inputValue();
    if (shown !== name) lostInApp += 1;
    if ((await nameOnDisk(dataDir)) !== name) lostOnDisk += 1;
  }
  const held = appControl.unloadsHeld();
  await record({
    id: '10-unload-reload',
    label: 'Reload 0–10 ms after an edit ×80: edits lost in the app',
    unit: 'count',
    value: lostInApp,
    note: `lost in workbook.json right after the reload: ${lostOnDisk}/80; unloads held by the page: ${held}`,
  });
  console.log(`reload ×80: lost in app ${lostInApp}, lost on disk ${lostOnDisk}, held ${held}`);
});

test('close at 0–55 ms after an edit, 66 times: the app and workbook.json', async ({
  app,
  appControl,
  dataDir,
}) => {
  // Each close is followed by a restart (a new browser over the same profile): ~10 s apiece here.
  test.setTimeout(1_800_000);
  await new WorkbookPage(app).startWorkbook('Close 0');
  let lostInAppAt0 = 0;
  let lostOnDiskAt0 = 0;
  let lostOnDisk = 0;
  let lostInApp = 0;
  const runs = 66;
  for (let i = 1; i <= runs; i++) {
    const page = appControl.page();
    const name = `Close ${i}`;
    await renameNow(page, name);
    // The first ten close at once; the other 56 spread over 0–55 ms.
    const delay = i <= 10 ? 0 : i - 11;
    if (delay > 0) await page.waitForTimeout(delay);
    await appControl.close();
    const onDisk = await nameOnDisk(dataDir);
    const next = await appControl.restart();
    const shown = await new WorkbookPage(next).nameField.inputValue();
    if (i <= 10) {
      if (onDisk !== name) lostOnDiskAt0 += 1;
      if (shown !== name) lostInAppAt0 += 1;
    } else {
      if (onDisk !== name) lostOnDisk += 1;
      if (shown !== name) lostInApp += 1;
    }
  }
  const held = appControl.unloadsHeld();
  await record({
    id: '10-unload-close',
    label: 'Close at 0 ms after an edit ×10: edits lost in the app',
    unit: 'count',
    value: lostInAppAt0,
    note: `not in workbook.json at close: ${lostOnDiskAt0}/10`,
  });
  await record({
    id: '10-unload-close-file',
    label: 'Close 0–55 ms after an edit ×56: edits not in workbook.json',
    unit: 'count',
    value: lostOnDisk,
    note: `lost in the app after restart: ${lostInApp}/56; unloads held over all 66 closes: ${held}`,
  });
  console.log(
    `close ×10 at 0 ms: app ${lostInAppAt0}, file ${lostOnDiskAt0}; close ×56: file ${lostOnDisk}, app ${lostInApp}; held ${held}`,
  );
});
