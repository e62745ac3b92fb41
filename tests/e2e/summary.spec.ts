/**
 * The Summary page filled through the UI — two offers, the role-fit
 * worksheet, some prep, the decision matrix and the decision notes — then
 * exported to PDF and read back with `pdftotext`: every figure the issue
 * lists must be in the PDF exactly as the screen shows it. Every page is
 * rendered to PNG with `pdftoppm`. Also: paper size, the File menu command,
 * cancelling, an unwritable folder, and an accessibility scan.
 */
import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './fixtures/a11y';
import { SCREENS_DIR, screenshot } from './fixtures/screens';
import { FitPage } from './pages/FitPage';
import { OffersPage, WORKED_PM, WORKED_PMM } from './pages/OffersPage';
import { PrepPage } from './pages/PrepPage';
import { pdfPageSize, pdfPages, pdfText, pdfToPngs, SummaryPage } from './pages/SummaryPage';
import { WorkbookPage } from './pages/WorkbookPage';

const run = promisify(execFile);
const PM = WORKED_PM.name;
const PMM = WORKED_PMM.name;

test.describe.configure({ timeout: 300_000 });

const daysAhead = (days: number) =>
  `${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}T10:00`;

/** Collapses runs of whitespace, as a reader would (pdftotext wraps and pads). */
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True when some line of `text` has `cells` in this order (a table row as laid out). */
const hasRow = (text: string, cells: string[]): boolean => {
  const re = new RegExp(cells.map(escapeRe).join('\\s+.*?'));
  return text.split('\n').some((line) => re.test(line.trim()));
};

const exists = async (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** Fills a workbook through the UI the way a person would. */
const fillWorkbook = async (app: Page) => {
  const wb = new WorkbookPage(app);
  await wb.startWorkbook('Summary test');

  await wb.goTo('Offers');
  const offers = new OffersPage(app);
  await offers.addWorkedExample();

  await wb.goTo('Role fit');
  const fit = new FitPage(app);
  await fit.rateByKeyboard('Launch plan', 5);
  await fit.rateByKeyboard('PRD (product requirements document)', 2);
  await fit.rateByKeyboard('Message house', 4);
  await fit.rateByKeyboard('Prioritization memo', 3);
  await fit.rateByKeyboard('Battlecard', 5);
  await fit.rateByKeyboard('Metric tree', 2);
  await fit.markStoryByKeyboard('Launch plan');
  await fit.markStoryByKeyboard('Battlecard');
  await fit.chooseWeeklyWorkByKeyboard('Reviewing how launches went');
  await expect(fit.result).toContainText('You lean PMM');

  await wb.goTo('Prep');
  const prep = new PrepPage(app);
  await prep.moreDone('Launch stories, start to finish', 2);
  await prep.moreDone('Leadership-principle stories', 1);
  await prep.openTab('Interview loop');
  const pmm = await prep.scheduleRound('PMM', 'Recruiter screen', daysAhead(5));
  await expect(pmm.getByRole('status')).toHaveText('Saved.');
  const pm = await prep.scheduleRound('PM', 'Recruiter screen', daysAhead(8));
  await expect(pm.getByRole('status')).toHaveText('Saved.');

  await wb.goTo('Summary');
  const summary = new SummaryPage(app);
  await summary.decision.selectOption({ label: PMM });
  await summary.notes.fill(
    'Taking the PMM offer: launch work is what I enjoy.\nAsk about the sign-on before signing.',
  );
  await summary.scoreInput('Scope', PM).fill('6');
  await summary.scoreInput('Scope', PMM).fill('8');
  await summary.scoreInput('Team', PM).fill('7');
  await summary.scoreInput('Team', PMM).fill('9');
  return summary;
};

test('a filled workbook exports a PDF whose figures equal the screen', async ({
  app,
  appControl,
  dataDir,
  dialogs,
}) => {
  const summary = await fillWorkbook(app);

  // Bad input is explained next to the box and not saved.
  await summary.weightInput('Growth').fill('12');
  await expect(summary.matrix.getByText('A weight is from 0 to 10.')).toBeVisible();
  await summary.weightInput('Growth').fill('3');
  await expect(summary.matrix.getByText('A weight is from 0 to 10.')).toBeHidden();

  // Matrix by hand (fit scores from the result panel, pay from the table; see the screen):
  // weights pay 5, fit 5, scope 3, growth 3 (no scores: left out), team 2, location 1 (none).
  await expect(summary.matrix).toContainText(
    'How much would pay have to change to change the order?',
  );
  const answer = flat(
    (await summary.matrix.locator('.matrix-answer p').first().textContent()) ?? '',
  );
  expect(answer).toMatch(/comes first with \d+(\.\d{1,2})? out of 10\./);
  await expectNoSeriousA11yViolations(app, 'summary filled');
  await screenshot(app, 'summary-filled', { fullPage: true });
  // The layout holds at the smallest window size, and in dark mode.
  await app.setViewportSize({ width: 900, height: 700 });
  await summary.matrix.scrollIntoViewIfNeeded();
  await screenshot(app, 'summary-matrix-900');
  await app.emulateMedia({ colorScheme: 'dark' });
  await screenshot(app, 'summary-matrix-900-dark');
  await expectNoSeriousA11yViolations(app, 'summary filled, dark, 900 px');
  await app.emulateMedia({ colorScheme: 'light' });
  await app.setViewportSize({ width: 1280, height: 800 });

  // What the screen shows, read the way a person reads it.
  const payRows = await summary.payTable
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())),
    );
  expect(payRows.length).toBeGreaterThanOrEqual(25);
  const weighted = [
    await summary.matrixCell('Weighted score', PM),
    await summary.matrixCell('Weighted score', PMM),
  ];
  const ranks = [await summary.matrixCell('Rank', PM), await summary.matrixCell('Rank', PMM)];
  const fitScores = await app
    .getByRole('list', { name: 'Score per role' })
    .getByRole('listitem')
    .allInnerTexts();
  const lean = flat((await app.locator('.fit-result__summary p').nth(1).textContent()) ?? '');
  const reasons = await app.locator('.fit-reasons li').allInnerTexts();
  const readiness = await app
    .getByRole('list', { name: 'Readiness by role' })
    .getByRole('listitem')
    .evaluateAll((items) =>
      items.map((i) => [
        i.querySelector('.readiness-summary__name')?.textContent ?? '',
        i.querySelector('.readiness-summary__value')?.textContent ?? '',
      ]),
    );
  const rounds = await app
    .locator('.summary-rounds tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())),
    );
  expect(rounds).toHaveLength(2);
  const refs = await app
    .locator('.summary-refs tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())),
    );
  expect(refs.length).toBeGreaterThan(3);

  // Export from the button.
  const pdf = join(dataDir, '..', 'filled-summary.pdf');
  dialogs.answerSave(pdf);
  const outcome = await summary.exportAndWait();
  expect(outcome).toMatch(/^Saved “filled-summary\.pdf” \(\d+ KB, \d+\.\d s\)\./);
  expect(dialogs.asked.at(-1)?.defaultPath).toMatch(/decision-summary-\d{4}-\d{2}-\d{2}\.pdf$/);

  const text = await pdfText(pdf);
  const all = flat(await pdfText(pdf, 'raw'));
  const pages = await pdfPages(pdf);
  // Title, date, page numbers.
  expect(all).toContain('Decision summary');
  expect(all).toContain('Summary test');
  // Absolute, with the year and a 24-hour time: "Made on Sun, Nov 29, 2026, 15:22".
  expect(all).toMatch(/Made on [A-Z][a-z]{2}, [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{2}:\d{2}/);
  for (let n = 1; n <= pages; n++) expect(all).toContain(`Page ${n} of ${pages}`);
  // The decision and the notes.
  expect(all).toContain(`My decision: ${PMM}`);
  expect(all).toContain('Taking the PMM offer: launch work is what I enjoy.');
  expect(all).toContain('Ask about the sign-on before signing.');
  // Every pay-table row (year-by-year parts and totals, 4-year total, gaps) as on screen.
  for (const row of payRows) {
    expect(hasRow(text, row), `pay row in the PDF: ${row.join(' | ')}`).toBe(true);
  }
  // The decision matrix and the break-even answer.
  expect(hasRow(text, ['Weighted score', ...weighted])).toBe(true);
  expect(hasRow(text, ['Rank', ...ranks])).toBe(true);
  expect(all).toContain(answer);
  // Role fit: scores, lean, reasons.
  for (const s of fitScores) {
    const [role, value] = [s.split('\n')[0]?.trim() ?? '', s.split('\n').at(-1)?.trim() ?? ''];
    expect(hasRow(text, [role, value]), `fit score ${role} ${value}`).toBe(true);
  }
  expect(all).toContain(lean);
  for (const r of reasons) expect(all).toContain(flat(r));
  // Prep readiness and the upcoming rounds.
  for (const [name, value] of readiness) expect(hasRow(text, [name ?? '', value ?? ''])).toBe(true);
  // Rounds on paper: role and round as on screen, the date absolute with its year and zone, and
  // no countdown (it would be stale by the time the page is read).
  for (const r of rounds) {
    expect(hasRow(text, [r[0] ?? '', r[1] ?? '']), `round ${r.join(' | ')}`).toBe(true);
  }
  expect(all).toMatch(
    /Recruiter screen [A-Z][a-z]{2}, [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{2}:\d{2} P[SD]T/,
  );
  expect(all).not.toMatch(/\bin \d+ days?\b/);
  // Reference figures with their values, sources and the date each was read.
  for (const [, value, source, readOn] of refs) {
    expect(all).toContain(flat(value ?? ''));
    expect(all).toContain(flat((source ?? '').split('https://')[0] ?? ''));
    expect(all).toContain(readOn);
  }
  // Charts are vector: their titles and axis labels are text, and the PDF holds no raster image.
  expect(all).toContain('Pay by year, each offer’s total');
  expect(all).toContain('Difference to the baseline over 48 months');
  expect(all).toContain('Your ratings by role');
  const images = (await run('pdfimages', ['-list', pdf])).stdout.trim().split('\n');
  expect(images.slice(2), 'raster images in the PDF').toEqual([]);
  // Letter in en-US by default.
  expect(await pdfPageSize(pdf)).toEqual({ w: 612, h: 792 });

  const pngs = await pdfToPngs(pdf, SCREENS_DIR, 'pdf-filled-page');
  expect(pngs).toHaveLength(pages);

  // A4 when chosen, from the File menu command (Ctrl/Cmd+P), starting on another page.
  await summary.paperSize.selectOption('a4');
  await new WorkbookPage(app).goTo('Offers');
  const a4 = join(dataDir, '..', 'a4-summary.pdf');
  dialogs.answerSave(a4);
  await appControl.command('file:exportPdf');
  await expect(app.getByRole('heading', { level: 1, name: 'Summary' })).toBeVisible();
  await expect(summary.exportRegion.getByRole('status')).toContainText('Saved “a4-summary.pdf”', {
    timeout: 30_000,
  });
  // A4 is 595.28 × 841.89 points; Chromium rounds it to whole hundredths of an inch.
  const size = await pdfPageSize(a4);
  expect(Math.abs(size.w - 595.28)).toBeLessThan(1.5);
  expect(Math.abs(size.h - 841.89)).toBeLessThan(1.5);
  expect(flat(await pdfText(a4, 'raw'))).toContain(answer);
});

test('cancelling writes nothing; an unwritable folder gives a clear error and the app stays usable', async ({
  app,
  dataDir,
  dialogs,
}) => {
  const wb = new WorkbookPage(app);
  await wb.openSample();
  await wb.goTo('Summary');
  const summary = new SummaryPage(app);

  // The decision and notes come first, the export after them (#21 item 4)...
  const headings = await app.locator('main h2').allInnerTexts();
  expect(headings.indexOf('Decision')).toBeGreaterThanOrEqual(0);
  expect(headings.indexOf('Decision')).toBeLessThan(headings.indexOf('Export'));
  // ...and the button's bottom edge lines up with the paper-size box's.
  const select = await summary.paperSize.boundingBox();
  const button = await summary.exportButton.boundingBox();
  if (!select || !button) throw new Error('the export controls are not on screen');
  expect(Math.abs(select.y + select.height - (button.y + button.height))).toBeLessThanOrEqual(1);

  // Started from the keyboard, the button keeps focus through the export (aria-disabled while it
  // works, never disabled, which would drop focus to the page).
  dialogs.answerSave(null);
  await summary.exportButton.focus();
  await app.keyboard.press('Enter');
  await expect(summary.exportRegion.getByRole('status')).toHaveText(
    'Export cancelled: nothing was saved.',
  );
  await expect(summary.exportButton).toBeFocused();
  await expect(summary.exportButton).not.toHaveAttribute('disabled');

  dialogs.answerSave(null);
  expect(await summary.exportAndWait()).toBe('Export cancelled: nothing was saved.');
  const documents = join(dataDir, '..', 'documents');
  expect(await exists(documents)).toBe(false);

  // /sys refuses new files even to root: a folder that cannot be written to.
  dialogs.answerSave('/sys/decision-summary.pdf');
  const error = await summary.exportAndWait();
  expect(error).toBe(
    'The PDF could not be saved to “/sys/decision-summary.pdf”: that folder cannot be written to. Choose another folder.',
  );
  expect(await exists('/sys/decision-summary.pdf')).toBe(false);
  await screenshot(app, 'summary-export-error');

  // Still usable: edit, then export somewhere writable.
  await summary.notes.fill('Still deciding.');
  await expect(summary.notes).toHaveValue('Still deciding.');
  const pdf = join(dataDir, '..', 'retry.pdf');
  dialogs.answerSave(pdf);
  expect(await summary.exportAndWait()).toMatch(/^Saved “retry\.pdf”/);
  expect(flat(await pdfText(pdf, 'raw'))).toContain('Still deciding.');
});

test('removing a factor can be undone: it comes back in its place with its scores', async ({
  app,
}) => {
  const wb = new WorkbookPage(app);
  await wb.openSample();
  await wb.goTo('Summary');
  const summary = new SummaryPage(app);
  const PM_SAMPLE = 'Example: Amazon PM, L5';
  const PMM_SAMPLE = 'Example: Amazon PMM, L5';
  const rows = summary.matrix.locator('tbody').getByRole('rowheader');
  await expect(summary.scoreInput('Team', PM_SAMPLE)).toHaveValue('6');
  const before = await rows.allInnerTexts();
  expect(before.some((r) => r.startsWith('Team'))).toBe(true);

  await summary.matrix.getByRole('button', { name: 'Remove the factor Team' }).click();
  await expect(
    app.getByRole('status').filter({ hasText: 'Removed the factor “Team”.' }),
  ).toBeVisible();
  await expect(summary.scoreInput('Team', PM_SAMPLE)).toHaveCount(0);

  await app.getByRole('button', { name: 'Undo' }).click();
  await expect(summary.scoreInput('Team', PM_SAMPLE)).toHaveValue('6');
  await expect(summary.scoreInput('Team', PMM_SAMPLE)).toHaveValue('8');
  expect(await rows.allInnerTexts()).toEqual(before);
});
