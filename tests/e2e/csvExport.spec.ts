/**
 * CSV export of the offers comparison, end to end: the Offers page's button and the File menu's
 * "Export the comparison (CSV)…" write the same file (through main's save dialog and atomic
 * write), whose figures parse back to the ones on screen; cancelling writes nothing.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { expect, test } from './fixtures';
import { OffersPage } from './pages/OffersPage';
import { WorkbookPage } from './pages/WorkbookPage';

const PM = 'Example: Amazon PM, L5';
const PMM = 'Example: Amazon PMM, L5';

/** The file's rows as records keyed by the header (Offer, Figure, Year, Amount, Unit). */
const readCsv = async (path: string): Promise<Record<string, string>[]> =>
  parse(await readFile(path, 'utf8'), { columns: true, skip_empty_lines: true });

/** The amount of one offer's figure, as the file writes it. */
const amount = (
  rows: Record<string, string>[],
  offer: string,
  figure: string,
): string | undefined =>
  rows.find((r) => r.Offer === offer && r.Figure === figure && r.Year === '')?.Amount;

test('the comparison exports as CSV from the Offers page and from the File menu, with the figures on screen', async ({
  app,
  appControl,
  dataDir,
  dialogs,
}) => {
  const wb = new WorkbookPage(app);
  await wb.openSample();
  await wb.goTo('Offers');
  const offers = new OffersPage(app);
  const exportButton = app.getByRole('button', { name: 'Export as CSV…' });

  // Cancelled: nothing written, and the page says so.
  dialogs.answerSave(null);
  await exportButton.click();
  await expect(app.getByText('CSV export cancelled: nothing was saved.')).toBeVisible();

  // From the page: the 4-year totals and the gap are the grid's, as plain numbers.
  const fromPage = join(dataDir, '..', 'from-page.csv');
  dialogs.answerSave(fromPage);
  await exportButton.click();
  await expect(app.getByText(`Saved the comparison to “${fromPage}”.`)).toBeVisible();
  const rows = await readCsv(fromPage);
  const money = (text: string) => `${text.replace(/[$,]/g, '').replace('−', '-')}.00`;
  const pmTotal = await offers.cell('4-year total', PM);
  const pmmTotal = await offers.cell('4-year total', PMM);
  const pmmGap = await offers.cell('Gap to baseline (USD)', PMM);
  expect(amount(rows, PM, '4-year total')).toBe(money(pmTotal));
  expect(amount(rows, PMM, '4-year total')).toBe(money(pmmTotal));
  expect(amount(rows, PMM, 'Gap to baseline')).toBe(money(pmmGap));
  expect(amount(rows, PM, 'Gap to baseline')).toBe('');
  expect(rows.filter((r) => r.Figure === 'Total').map((r) => r.Year)).toEqual([
    '1',
    '2',
    '3',
    '4',
    '1',
    '2',
    '3',
    '4',
  ]);

  // From the File menu, on another section: the same file, and a toast says where it went.
  await wb.goTo('Prep');
  const fromMenu = join(dataDir, '..', 'from-menu.csv');
  dialogs.answerSave(fromMenu);
  await appControl.command('file:exportCsv');
  await expect(app.getByText(`Saved the comparison to “${fromMenu}”.`)).toBeVisible();
  expect(await readFile(fromMenu, 'utf8')).toBe(await readFile(fromPage, 'utf8'));
  expect((await stat(fromMenu)).size).toBeGreaterThan(0);
});
