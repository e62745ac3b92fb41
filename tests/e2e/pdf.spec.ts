/**
 * The decision summary PDF from the sample workbook: exported with no further
 * input, from the button and from the File menu command; every page rendered
 * to PNG (and the first copied to docs/pdf-page-1.png); the click-to-file
 * time measured; cancelling writes nothing; an unwritable folder gives a
 * clear error next to the button and the app stays usable.
 */
import { copyFile, mkdir, readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { expect, test } from './fixtures';
import { SCREENS_DIR, screenshot } from './fixtures/screens';
import { pdfPageSize, pdfPages, pdfText, pdfToPngs, SummaryPage } from './pages/SummaryPage';
import { WorkbookPage } from './pages/WorkbookPage';

const ROOT = resolve(import.meta.dirname, '../..');

test.slow();

test('the sample workbook exports a complete PDF with no further input', async ({
  app,
  dataDir,
  dialogs,
}) => {
  const wb = new WorkbookPage(app);
  await wb.openSample();
  await wb.goTo('Summary');
  const summary = new SummaryPage(app);
  await expect(summary.decision).toHaveValue('sample-offer-pmm');

  const pdf = join(dataDir, '..', 'sample-summary.pdf');
  dialogs.answerSave(pdf);
  const outcome = await summary.exportAndWait();
  expect(outcome).toMatch(/^Saved “sample-summary\.pdf”/);
  expect(dialogs.asked.at(-1)?.defaultPath).toMatch(/decision-summary-\d{4}-\d{2}-\d{2}\.pdf$/);

  const text = await pdfText(pdf);
  expect(text).toContain('Decision summary');
  expect(await pdfPages(pdf)).toBeGreaterThan(1);
  // en-US locale, paper "automatic" → Letter: 612 × 792 points.
  expect(await pdfPageSize(pdf)).toEqual({ w: 612, h: 792 });

  const pages = await pdfToPngs(pdf, SCREENS_DIR, 'pdf-sample-page');
  expect(pages.length).toBe(await pdfPages(pdf));
  if (process.env.CROSSROADS_DOCS === '1') {
    await mkdir(join(ROOT, 'docs'), { recursive: true });
    for (const [i, p] of pages.entries()) await copyFile(p, join(ROOT, 'docs', `pdf-page-${i + 1}.png`));
  }
  await screenshot(app, 'summary', { docs: true, fullPage: true });
});
