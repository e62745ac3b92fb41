/**
 * "What could change the answer" in the real app: the sample's Offers page
 * shows the crossover and stock sentences under the page's top, and the
 * exported PDF carries them on its first page (`pdftotext -f 1 -l 1`).
 * Figures are worked by hand from the sample workbook (resources/sample):
 * PM base $142,000, sign-on $58,000 / $44,000, grant $180,000; PMM $136,000,
 * $52,000 / $40,000, $160,000; both Amazon 5/15/40/40 at 0% growth.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from './fixtures';
import { SCREENS_DIR, screenshot } from './fixtures/screens';
import { SummaryPage } from './pages/SummaryPage';
import { WorkbookPage } from './pages/WorkbookPage';

const run = promisify(execFile);

const PM = 'Example: Amazon PM, L5';
const PMM = 'Example: Amazon PMM, L5';
// PM 4 × 142,000 + 102,000 + 180,000 = 850,000; PMM 4 × 136,000 + 92,000 + 160,000 = 796,000.
// Month by month PM pays more base, more sign-on and a larger vest, so it leads from month 1.
const CROSSOVER = `${PM} stays ahead of ${PMM} every month and ends $54,000 ahead over 4 years`;
// Cash gap 34,000 plus 20,000 × (0.05x + 0.15x² + 0.4x³ + 0.4x⁴): positive at every growth.
const STOCK = `No common Amazon stock growth between a fall of 50% and a rise of 100% a year flips it`;

test('the sample’s Offers page and the PDF’s first page say what could change the answer', async ({
  app,
  dataDir,
  dialogs,
}) => {
  test.setTimeout(120_000);
  const wb = new WorkbookPage(app);
  await wb.openSample();
  await wb.goTo('Offers');
  const section = app.getByRole('region', { name: 'What could change the answer' });
  await expect(section.getByRole('listitem').filter({ hasText: CROSSOVER })).toHaveCount(1);
  await expect(section.getByRole('listitem').filter({ hasText: STOCK })).toHaveCount(1);
  // PM: year 2 = 142,000 + 44,000 + 27,000 = 213,000; year 3 = 142,000 + 72,000 = 214,000 —
  // no drop. PMM: year 2 = 136,000 + 40,000 + 24,000 = 200,000; year 3 = 136,000 + 64,000 = 200,000.
  await expect(section.getByRole('listitem')).toHaveCount(2);
  await screenshot(app, 'what-could-change-offers');

  await wb.goTo('Summary');
  const summary = new SummaryPage(app);
  await expect(
    app
      .getByRole('region', { name: 'What could change the answer' })
      .getByRole('listitem')
      .filter({ hasText: CROSSOVER }),
  ).toHaveCount(1);
  await screenshot(app, 'what-could-change-summary');

  const pdf = join(dataDir, '..', 'what-could-change.pdf');
  dialogs.answerSave(pdf);
  expect(await summary.exportAndWait()).toMatch(/^Saved “what-could-change\.pdf”/);
  const { stdout } = await run('pdftotext', ['-f', '1', '-l', '1', '-raw', pdf, '-']);
  const firstPage = stdout.replace(/\s+/g, ' ');
  expect(firstPage).toContain('What could change the answer');
  expect(firstPage).toContain(CROSSOVER);
  expect(firstPage).toContain(STOCK);
  await run('pdftoppm', [
    '-f',
    '1',
    '-l',
    '1',
    '-png',
    '-r',
    '60',
    pdf,
    join(SCREENS_DIR, 'what-could-change-pdf'),
  ]);
});
