import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { encodeWorkbook } from '../../electron/main/services/envelope';
import { expect, test } from './fixtures';
import { WorkbookPage } from './pages/WorkbookPage';

const waitForSaved = async (page: import('@playwright/test').Page) => {
  await expect(page.getByText(/^Saved \d/)).toBeVisible();
};

test('wiping the app database between runs restores the workbook from the data folder', async ({
  app,
  appControl,
  dataDir,
}) => {
  const wb = new WorkbookPage(app);
  await wb.startWorkbook('Survives a wipe');
  await waitForSaved(app);
  const onDisk = JSON.parse(await readFile(join(dataDir, 'workbook.json'), 'utf8'));
  expect(onDisk.payload.workbook.name).toBe('Survives a wipe');

  const page = await appControl.restart({
    beforeStart: async () => {
      await rm(join(dataDir, '..', 'chromium-profile', 'Default', 'IndexedDB'), {
        recursive: true,
        force: true,
      });
    },
  });
  await expect(page.getByText(/restored from the copy saved in your data folder/)).toBeVisible();
  await expect(new WorkbookPage(page).nameField).toHaveValue('Survives a wipe');
});

test('a damaged workbook.json is set aside, never overwritten, and the newest backup is offered', async ({
  app,
  appControl,
  dataDir,
}) => {
  const wb = new WorkbookPage(app);
  await wb.startWorkbook('Backed up');
  await waitForSaved(app);
  const garbage = '{"format":"crossroads-workbook", truncated';

  const page = await appControl.restart({
    beforeStart: async () => {
      await writeFile(join(dataDir, 'workbook.json'), garbage);
    },
  });
  const alert = page.getByRole('alert').filter({ hasText: 'The saved workbook file is damaged' });
  await expect(alert).toBeVisible();
  const files = await readdir(dataDir);
  const quarantined = files.filter((f) => /^workbook\.corrupt-.*\.json$/.test(f));
  expect(quarantined).toHaveLength(1);
  await expect(alert).toContainText(quarantined[0] as string);
  expect(await readFile(join(dataDir, quarantined[0] as string), 'utf8')).toBe(garbage);

  await alert.getByRole('button', { name: 'Restore the newest backup' }).click();
  await expect(alert).toBeHidden();
  await expect(new WorkbookPage(page).nameField).toHaveValue('Backed up');
  // The quarantined file is still exactly what it was.
  expect(await readFile(join(dataDir, quarantined[0] as string), 'utf8')).toBe(garbage);
});

test('save as, then open that file again after changes, with a confirmation first', async ({
  app,
  dataDir,
  dialogs,
}) => {
  const wb = new WorkbookPage(app);
  await wb.startWorkbook('Portable');
  await waitForSaved(app);
  const file = join(dataDir, '..', 'portable.crossroads.json');
  dialogs.answerSave(file);
  await app.getByRole('button', { name: 'Save as…' }).click();
  await expect(app.getByText(`Saved a copy to ${file}`)).toBeVisible();
  expect(JSON.parse(await readFile(file, 'utf8')).payload.workbook.name).toBe('Portable');

  await wb.rename('Changed since');
  await waitForSaved(app);

  dialogs.answerOpen(file);
  await app.getByRole('button', { name: 'Open…' }).click();
  const confirm = app.getByRole('dialog', { name: 'Open this workbook?' });
  await expect(confirm).toContainText('Portable');
  await expect(confirm).toContainText('0 offers');
  await confirm.getByRole('button', { name: 'Open workbook' }).click();
  await expect(wb.nameField).toHaveValue('Portable');

  // The replaced workbook was pinned first and can be restored.
  await app.getByRole('button', { name: 'Backups…' }).click();
  const backups = app.getByRole('dialog', { name: 'Backups' });
  await expect(backups.getByRole('row').filter({ hasText: 'Before opening a file' })).toContainText(
    'Changed since',
  );
});

test('opening a file that is not a workbook explains why and changes nothing', async ({
  app,
  dataDir,
  dialogs,
}) => {
  const wb = new WorkbookPage(app);
  await wb.startWorkbook('Untouched');
  await waitForSaved(app);
  const before = await readFile(join(dataDir, 'workbook.json'), 'utf8');
  const bad = join(dataDir, '..', 'notes.json');
  await writeFile(bad, '{"hello": "world"}');
  dialogs.answerOpen(bad);
  await app.getByRole('button', { name: 'Open…' }).click();
  // Everyday words, not "JSON but no format marker" (#21 item 5).
  await expect(app.getByRole('status')).toContainText(
    'This isn’t a Crossroads workbook. Choose a file saved from Crossroads — its name ends in .crossroads.json.',
  );
  await expect(wb.nameField).toHaveValue('Untouched');
  expect(await readFile(join(dataDir, 'workbook.json'), 'utf8')).toBe(before);
});

test('cancelling the open dialog does nothing', async ({ app, dialogs }) => {
  const wb = new WorkbookPage(app);
  await wb.startWorkbook('Stays');
  dialogs.answerOpen(null);
  await app.getByRole('button', { name: 'Open…' }).click();
  await expect.poll(() => dialogs.asked).toEqual([{ kind: 'open' }]);
  await expect(app.getByRole('dialog', { name: 'Open this workbook?' })).toBeHidden();
  await expect(wb.nameField).toHaveValue('Stays');
});

test('starting a new workbook keeps the old one as a pinned backup, and can be called off', async ({
  app,
}) => {
  const wb = new WorkbookPage(app);
  await wb.startWorkbook('First decision');
  await waitForSaved(app);
  await app.getByRole('button', { name: 'New…' }).click();
  await app.getByRole('button', { name: 'Back to my workbook' }).click();
  await expect(wb.nameField).toHaveValue('First decision');

  await app.getByRole('button', { name: 'New…' }).click();
  await wb.startWorkbook('Second decision');
  await expect(wb.nameField).toHaveValue('Second decision');
  await app.getByRole('button', { name: 'Backups…' }).click();
  const backups = app.getByRole('dialog', { name: 'Backups' });
  await expect(backups.getByRole('row').filter({ hasText: 'Before a new workbook' })).toContainText(
    'First decision',
  );
});

test('a damaged backup is listed as unreadable with its reason, and the good one stays restorable', async ({
  app,
  dataDir,
}) => {
  const wb = new WorkbookPage(app);
  await wb.startWorkbook('Kept safe');
  await waitForSaved(app);
  await app.getByRole('button', { name: 'New…' }).click();
  await wb.startWorkbook('Now open');
  await expect(wb.nameField).toHaveValue('Now open');
  // A backup that is not JSON at all, dated before the good one.
  await writeFile(
    join(dataDir, 'backups', 'backup-2026-01-02T09-00-00.000Z-pinned-manual.json'),
    'not a workbook',
  );

  await app.getByRole('button', { name: 'Backups…' }).click();
  const backups = app.getByRole('dialog', { name: 'Backups' });
  const good = backups
    .getByRole('row')
    .filter({ hasText: 'Before a new workbook' })
    .filter({ hasText: 'Kept safe' });
  await expect(good.getByRole('button', { name: /^Restore backup from/ })).toBeVisible();
  const bad = backups.getByRole('row').filter({ hasText: 'Unreadable' });
  await expect(bad).toContainText('cannot be restored');
  await expect(bad).toContainText('Pinned');
  await expect(bad.getByRole('button')).toHaveCount(0);
  await app.screenshot({ path: 'test-results/screenshots/backups-unreadable.png' });
});

test('a different workbook in the file at start-up is asked about, naming both, and the other is kept as a backup', async ({
  app,
  appControl,
  dataDir,
}) => {
  const wb = new WorkbookPage(app);
  await wb.startWorkbook('In the app');
  await waitForSaved(app);
  const path = join(dataDir, 'workbook.json');

  const page = await appControl.restart({
    beforeStart: async () => {
      // Another workbook (its own id, everywhere) written by, say, another computer.
      const envelope = JSON.parse(await readFile(path, 'utf8'));
      const id: string = envelope.payload.workbook.id;
      const other = JSON.parse(JSON.stringify(envelope.payload).replaceAll(id, 'elsewhere-1'));
      other.workbook.name = 'From elsewhere';
      await writeFile(
        path,
        encodeWorkbook(other, { appVersion: envelope.appVersion, now: new Date() }),
      );
    },
  });
  const question = page.getByRole('alert').filter({ hasText: 'hold different workbooks' });
  await expect(question).toContainText('“In the app”');
  await expect(question).toContainText('“From elsewhere”');
  await page.screenshot({ path: 'test-results/screenshots/startup-different-workbooks.png' });
  // Nothing was saved over the file while the question stands.
  expect(JSON.parse(await readFile(path, 'utf8')).payload.workbook.name).toBe('From elsewhere');

  await question.getByRole('button', { name: 'Keep “From elsewhere”' }).click();
  await expect(question).toBeHidden();
  const named = new WorkbookPage(page).nameField;
  await expect(named).toHaveValue('From elsewhere');
  await page.getByRole('button', { name: 'Backups…' }).click();
  const backups = page.getByRole('dialog', { name: 'Backups' });
  await expect(backups.getByRole('row').filter({ hasText: 'Before opening a file' })).toContainText(
    'In the app',
  );
});

test('a newer workbook.json of the same workbook, edited outside the app, is loaded at start-up and the app says so; its own copy is a pinned backup (#18 item 5)', async ({
  app,
  appControl,
  dataDir,
}) => {
  const wb = new WorkbookPage(app);
  await wb.startWorkbook('In the app');
  await waitForSaved(app);
  const path = join(dataDir, 'workbook.json');

  const page = await appControl.restart({
    beforeStart: async () => {
      // The same workbook (same id), renamed in a text editor an hour after the app last saved it.
      const envelope = JSON.parse(await readFile(path, 'utf8'));
      const edited = envelope.payload;
      const later = new Date(Date.parse(edited.workbook.updatedAt) + 3_600_000);
      edited.workbook.name = 'Edited elsewhere';
      edited.workbook.updatedAt = later.toISOString();
      await writeFile(
        path,
        encodeWorkbook(edited, { appVersion: envelope.appVersion, now: later }),
      );
    },
  });
  const notice = page.getByRole('status').filter({ hasText: 'had newer changes' });
  await expect(notice).toContainText('“Edited elsewhere”');
  await expect(notice).toContainText('so the file was loaded');
  await expect(new WorkbookPage(page).nameField).toHaveValue('Edited elsewhere');
  // The file is what was loaded, not overwritten by the app's older copy.
  expect(JSON.parse(await readFile(path, 'utf8')).payload.workbook.name).toBe('Edited elsewhere');
  await page.screenshot({ path: 'test-results/screenshots/startup-file-newer.png' });

  await notice.getByRole('button', { name: 'OK' }).click();
  await page.getByRole('button', { name: 'Backups…' }).click();
  const backups = page.getByRole('dialog', { name: 'Backups' });
  // "Before opening a file" is the label of a pinned backup (rolling ones read "Automatic").
  const pinned = backups.getByRole('row').filter({ hasText: 'Before opening a file' });
  await expect(pinned).toContainText('In the app');
  await expect(pinned.getByRole('button', { name: /^Restore backup from/ })).toBeVisible();
  // Pinned on disk too: rotation never removes it.
  const kept = (await readdir(join(dataDir, 'backups'))).filter((f) =>
    f.endsWith('-pinned-before-open.json'),
  );
  expect(kept).toHaveLength(1);
});

/**
 * Keeps the page's IndexedDB busy for `ms` with a write transaction of its own on the workbook
 * table, so the app's next write waits behind it: the window in which a reload used to abort an
 * edit, made wide enough to hit every time.
 */
const holdWorkbookTable = (page: import('@playwright/test').Page, ms: number) =>
  page.evaluate(
    (ms) =>
      new Promise<void>((started, failed) => {
        const open = indexedDB.open('crossroads');
        open.onerror = () => failed(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('workbooks', 'readwrite');
          const until = performance.now() + ms;
          const spin = () => {
            if (performance.now() < until) tx.objectStore('workbooks').count().onsuccess = spin;
          };
          spin();
          started();
        };
      }),
    ms,
  );

test('a reload right after an edit waits for its write: the edit is in the app and in workbook.json (#18 item 7)', async ({
  app,
  appControl,
  dataDir,
}) => {
  const wb = new WorkbookPage(app);
  await wb.startWorkbook('Before the reload');
  await waitForSaved(app);
  await holdWorkbookTable(app, 600);
  await wb.rename('Typed just before');
  // At once: the rename's IndexedDB write is still queued behind the busy table.
  await appControl.reload();
  await expect(new WorkbookPage(app).nameField).toHaveValue('Typed just before');
  const onDisk = JSON.parse(await readFile(join(dataDir, 'workbook.json'), 'utf8'));
  expect(onDisk.payload.workbook.name).toBe('Typed just before');
  // Kept by the page holding its unload once, not by luck.
  expect(appControl.unloadsHeld()).toBe(1);
});

test('closing the window right after an edit writes it to workbook.json first (#18 item 7)', async ({
  app,
  appControl,
  dataDir,
}) => {
  const wb = new WorkbookPage(app);
  await wb.startWorkbook('Before the close');
  await waitForSaved(app);
  await holdWorkbookTable(app, 600);
  await wb.rename('Typed before closing');
  await appControl.close();
  const onDisk = JSON.parse(await readFile(join(dataDir, 'workbook.json'), 'utf8'));
  expect(onDisk.payload.workbook.name).toBe('Typed before closing');
  const page = await appControl.restart();
  await expect(new WorkbookPage(page).nameField).toHaveValue('Typed before closing');
  expect(appControl.unloadsHeld()).toBe(1);
});
