/**
 * The decision summary PDF from the sample workbook, exported with no further
 * input: complete (several pages, Letter in en-US), every page rendered to
 * PNG (with CROSSROADS_DOCS=1 also to docs/pdf-page-<n>.png). How long an
 * export takes is measured by the benchmark (bench/interaction.bench.ts),
 * never here.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './fixtures/a11y';
import { SCREENS_DIR, screenshot } from './fixtures/screens';
import {
  pdfPageFill,
  pdfPageSize,
  pdfPages,
  pdfPageText,
  pdfText,
  pdfToPngs,
  SummaryPage,
} from './pages/SummaryPage';
import { WorkbookPage } from './pages/WorkbookPage';

const ROOT = resolve(import.meta.dirname, '../..');

test.describe.configure({ timeout: 300_000 });

test('the sample workbook exports a complete PDF with no further input', async ({
  app,
  appControl,
  dataDir,
  dialogs,
}) => {
  const wb = new WorkbookPage(app);
  await wb.openSample();
  await wb.goTo('Summary');
  const summary = new SummaryPage(app);
  await expect(summary.decision).toHaveValue('sample-offer-pmm');
  // The matrix, worked by hand in shared/domain/decision.test.ts ("works the sample workbook by
  // hand"): PMM 135.86765/19 = 7.15 first, PM 126/19 = 6.63; pay on the 2%-per-point scale gives
  // the PMM 10 − 6.3529/2 = 6.82; the PM draws level at $221,850.61, i.e. $9,351 more per year,
  // and the PMM could lose up to $8,387 a year (down to $190,612.50) and still lead.
  const PMM_NAME = 'Example: Amazon PMM, L5';
  const PM_NAME = 'Example: Amazon PM, L5';
  expect(await summary.matrixCell('Weighted score', PMM_NAME)).toBe('7.15');
  expect(await summary.matrixCell('Weighted score', PM_NAME)).toBe('6.63');
  expect(await summary.matrixCell('Rank', PMM_NAME)).toBe('#1');
  expect(await summary.matrixCell('Pay', PMM_NAME)).toBe('6.82');
  expect(await summary.matrixCell('Role fit', PMM_NAME)).toBe('6.75');
  const answer = summary.matrix.locator('.matrix-answer');
  await expect(answer).toContainText(`${PMM_NAME} comes first with 7.15 out of 10.`);
  await expect(answer).toContainText(
    `${PM_NAME} would have to pay $9,351 more per year (on average over four years) to draw level with ${PMM_NAME}.`,
  );
  await expect(answer).toContainText(
    `${PMM_NAME} could pay up to $8,387 less per year and still come first.`,
  );
  await expect(summary.matrix).toContainText('loses 1 point for each 2% its average annual pay');
  await expect(summary.payScale).toHaveValue('2');
  await screenshot(app, 'summary', { docs: true });
  // The same page in dark mode: the verdict strip and the decision must read there too.
  await app.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousA11yViolations(app, 'summary, dark');
  await screenshot(app, 'summary-dark', { docs: true });
  await app.emulateMedia({ colorScheme: 'light' });

  const pdf = join(dataDir, '..', 'sample-summary.pdf');
  dialogs.answerSave(pdf);
  await summary.exportButton.click();
  await expect(summary.exportRegion.getByRole('status')).toContainText(
    'Saved “sample-summary.pdf”',
  );
  // The status is shown once main has written the file: it is on disk, not empty.
  expect((await stat(pdf)).size).toBeGreaterThan(0);
  expect(dialogs.asked.at(-1)?.defaultPath).toMatch(/decision-summary-\d{4}-\d{2}-\d{2}\.pdf$/);
  // After an export: open the file, or show it in its folder — the path main wrote, not one
  // the page sends (shell.openPath and shell.showItemInFolder in the app).
  await summary.exportRegion.getByRole('button', { name: 'Open PDF' }).click();
  await expect.poll(() => appControl.main().openedPaths).toEqual([pdf]);
  await summary.exportRegion.getByRole('button', { name: 'Show in folder' }).click();
  await expect.poll(() => appControl.main().shownInFolder).toEqual([pdf]);

  const text = await pdfText(pdf, 'raw');
  const words = text.replace(/\s+/g, ' ');
  expect(text).toContain('Decision summary');
  expect(words).toContain('$9,351 more per year');
  expect(words).toContain('$8,387 less per year');
  expect(words).toContain('loses 1 point for each 2% its average annual pay');
  expect(words).toContain('1 point of pay = 2% less pay');
  expect(text).toContain('Leaning towards the PMM offer.');
  const pages = await pdfPages(pdf);
  // Rendered first, so the pages can be looked at even when a check below fails.
  const pngs = await pdfToPngs(pdf, SCREENS_DIR, 'pdf-page');
  expect(pngs).toHaveLength(pages);
  // The brief plus the detail fit on at most 5 Letter pages (#14).
  expect(pages).toBeGreaterThanOrEqual(2);
  expect(pages).toBeLessThanOrEqual(5);
  expect(text).toContain(`Page ${pages} of ${pages}`);
  // Page 1 is the answer: the decision, the pay verdict (PM 4 × 142,000 + 58,000 + 44,000 +
  // 180,000 = 850,000; PMM 4 × 199,000 = 796,000 → $54,000 more, $13,500 a year, and
  // 54,000 / 850,000 = 6.35% below), the lean, the ranking and the break-even.
  const first = await pdfPageText(pdf, 1);
  expect(first).toContain('My decision: Example: Amazon PMM, L5');
  expect(first).toContain(
    'Example: Amazon PM, L5 pays $54,000 more over 4 years than Example: Amazon PMM, L5 — $13,500 a year; Example: Amazon PMM, L5 is 6.35% below.',
  );
  expect(first).toContain('$850,000');
  expect(first).toContain('$796,000');
  expect(first).toContain('Your role fit leans');
  expect(first).toContain('$9,351 more per year');
  expect(first).toContain('Leaning towards the PMM offer.');
  // No page is more than about 40% empty, except the last.
  const fills = await pdfPageFill(pdf);
  expect(fills).toHaveLength(pages);
  for (const [i, fill] of fills.slice(0, -1).entries()) {
    expect(fill, `page ${i + 1} reaches ${Math.round(fill * 100)}% down`).toBeGreaterThan(0.6);
  }
  // Template figures are labelled by their source, never with the app's internal wording.
  expect(words).not.toContain('Seed article');
  expect(words).toContain("The template's source article");
  // Dates on paper are absolute: "Made on Sun, Nov 29, 2026, 22:30"; no countdown.
  expect(words).toMatch(/Made on [A-Z][a-z]{2}, [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{2}:\d{2}/);
  expect(words).not.toMatch(/\bin \d+ days?\b/);
  // en-US locale, paper "automatic" → Letter: 612 × 792 points.
  expect(await pdfPageSize(pdf)).toEqual({ w: 612, h: 792 });

  if (process.env.CROSSROADS_DOCS === '1') {
    await mkdir(join(ROOT, 'docs'), { recursive: true });
    for (const [i, p] of pngs.entries())
      await copyFile(p, join(ROOT, 'docs', `pdf-page-${i + 1}.png`));
  }

  // The pay scale is the user's: a value out of range is explained and not used...
  await summary.payScale.fill('0.2');
  await expect(summary.matrix).toContainText(
    'Use a number from 0.5 to 10 for the percent per point.',
  );
  expect(await summary.matrixCell('Rank', PMM_NAME)).toBe('#1');
  // ...and at 1% per point the PMM's 6.3529% gap costs 6.35 points: pay 3.65,
  // PMM (5 × 3.647 + 101.75)/19 = 119.985/19 = 6.32 < PM 6.63, so the PM comes first.
  await summary.payScale.fill('1');
  await expect(summary.matrix).toContainText('1 point of pay = 1% less pay');
  await expect.poll(() => summary.matrixCell('Weighted score', PMM_NAME)).toBe('6.32');
  expect(await summary.matrixCell('Rank', PM_NAME)).toBe('#1');
});

test('a print page kept warm between exports prints the workbook as it is at each click', async ({
  app,
  dataDir,
  dialogs,
}) => {
  const wb = new WorkbookPage(app);
  await wb.openSample();
  await wb.goTo('Summary');
  // Opening the Summary has the print page opened ahead, before any export is asked for.
  await expect.poll(() => app.context().pages().length).toBe(2);
  const summary = new SummaryPage(app);
  const words = async (pdf: string) => (await pdfText(pdf, 'raw')).replace(/\s+/g, ' ');

  const notes = ['First thoughts: PMM pays more.', 'Second thoughts: PM grows faster.'];
  const pdfs: string[] = [];
  for (const [i, note] of notes.entries()) {
    await summary.notes.fill(note);
    await expect(summary.notes).toHaveValue(note);
    const pdf = join(dataDir, '..', `edit-${i + 1}.pdf`);
    pdfs.push(pdf);
    dialogs.answerSave(pdf);
    expect(await summary.exportAndWait()).toMatch(new RegExp(`^Saved “edit-${i + 1}\\.pdf”`));
  }
  // The second export reused the first one's print page (the app page plus one kept page)...
  expect(app.context().pages()).toHaveLength(2);
  // ...and still printed the edit made after the first export, not what that page drew before.
  const [first, second] = [await words(pdfs[0] ?? ''), await words(pdfs[1] ?? '')];
  expect(first).toContain(notes[0]);
  expect(second).toContain(notes[1]);
  expect(second).not.toContain(notes[0]);

  // A paper size changed in between is honoured by the kept page too.
  await summary.paperSize.selectOption('a4');
  const a4 = join(dataDir, '..', 'edit-a4.pdf');
  dialogs.answerSave(a4);
  expect(await summary.exportAndWait()).toMatch(/^Saved “edit-a4\.pdf”/);
  // A4: 210 × 297 mm = 595.28 × 841.89 points (210 / 25.4 × 72 and 297 / 25.4 × 72); Chromium
  // rounds the paper to whole hundredths of an inch, so allow a point and a half.
  const size = await pdfPageSize(a4);
  expect(Math.abs(size.w - 595.28)).toBeLessThan(1.5);
  expect(Math.abs(size.h - 841.89)).toBeLessThan(1.5);
  expect(await words(a4)).toContain(notes[1]);
});

/**
 * The sample workbook with `count` offers paying base only (no sign-on, grant or bonus), so each
 * 4-year total is 4 × base, and notes in several scripts; sealed as a Crossroads file.
 */
const sixOfferFile = async (path: string, notes: string): Promise<string[]> => {
  const sample = JSON.parse(
    await readFile(join(ROOT, 'resources/sample/sample-workbook.crossroads.json'), 'utf8'),
  ) as { payload: { workbook: Record<string, unknown>; offers: Record<string, unknown>[] } };
  const payload = sample.payload;
  const template = payload.offers[0] ?? {};
  const names = [
    'Amazon PM, L5, Seattle (AWS Support and Operations)',
    'Amazon PMM, L5, Seattle (Amazon Quick)',
    'Amazon PM-T, L6, Arlington',
    'Amazon PMM, L6, New York',
    'Amazon PM, L5, Austin',
    'Amazon PMM, L5, Vancouver-sized team',
  ];
  payload.offers = names.map((name, i) => ({
    ...template,
    id: `six-${i + 1}`,
    position: i,
    name,
    roleId: i % 2 === 0 ? 'pm' : 'pmm',
    baseSalary: (120_000 + i * 10_000) * 100,
    signOnYear1: 0,
    signOnYear2: 0,
    rsuGrantValue: 0,
    bonusTargetPct: 0,
    isExample: false,
  }));
  const decision = payload.workbook.decision as Record<string, unknown>;
  payload.workbook = {
    ...payload.workbook,
    name: 'Six offers',
    baselineOfferId: null,
    decision: { ...decision, notes, chosenOfferId: null, scores: {} },
  };
  const envelope = {
    ...sample,
    payload,
    sha256: createHash('sha256').update(JSON.stringify(payload)).digest('hex'),
  };
  await writeFile(path, JSON.stringify(envelope));
  return names;
};

test('six offers: every name and 4-year total in the PDF; notes in any script; sections left out', async ({
  app,
  dataDir,
  dialogs,
}) => {
  const notes = 'Ünïcødé — 日本語 — عربى — 🚀';
  const file = join(dataDir, '..', 'six.crossroads.json');
  const names = await sixOfferFile(file, notes);
  const wb = new WorkbookPage(app);
  await wb.openSample();
  dialogs.answerOpen(file);
  await app.getByRole('button', { name: 'Open…' }).click();
  await app
    .getByRole('dialog', { name: 'Open this workbook?' })
    .getByRole('button', { name: 'Open workbook' })
    .click();
  await expect(wb.nameField).toHaveValue('Six offers');
  await wb.goTo('Summary');
  const summary = new SummaryPage(app);

  const pdf = join(dataDir, '..', 'six.pdf');
  dialogs.answerSave(pdf);
  expect(await summary.exportAndWait()).toMatch(/^Saved “six\.pdf”/);
  const pages = await pdfPages(pdf);
  const pngs = await pdfToPngs(pdf, SCREENS_DIR, 'pdf-six-page');
  expect(pngs).toHaveLength(pages);
  if (process.env.CROSSROADS_DOCS === '1') {
    for (const [i, p] of pngs.entries())
      await copyFile(p, join(ROOT, 'docs', `pdf-six-offers-page-${i + 1}.png`));
  }
  const words = (await pdfText(pdf, 'raw')).replace(/\s+/g, ' ');
  // Base only: offer i pays 120,000 + 10,000 × i a year → 4-year totals $480,000 … $680,000.
  for (const [i, name] of names.entries()) {
    expect(words, name).toContain(name);
    const total = `$${(4 * (120 + 10 * i)).toLocaleString('en-US')},000`;
    expect(words, `${name}: ${total}`).toContain(total);
  }
  // Names shortened on a chart's axis are written out in full below it: paper has no tooltip.
  expect(words).toContain('Offer (full names in the list below)');
  expect(words).not.toContain('tooltip');
  // The detail's pay table is split into labelled groups, so no column runs off the page.
  expect(words).toContain('Offers 1–4 of 6');
  expect(words).toContain('Offers 5–6 of 6');
  // Notes in Latin with accents, Japanese, Arabic and an emoji survive (fonts-noto-cjk,
  // fonts-noto-color-emoji and the app's font stack).
  const first = await pdfPageText(pdf, 1);
  for (const part of ['Ünïcødé', '日本語', '🚀']) expect(first).toContain(part);
  // Arabic is stored right-to-left: pdftotext may give its letters in either order.
  expect(first.includes('عربى') || first.includes([...'عربى'].reverse().join(''))).toBe(true);

  // Sections left out on the Summary are left out of the PDF; the brief stays.
  // The boxes are saved to the workbook, then redrawn from it: click, then wait for the state.
  for (const name of ['Charts', 'Reference figures and sources']) {
    const box = summary.exportRegion.getByRole('checkbox', { name });
    await box.click();
    await expect(box).not.toBeChecked();
  }
  const lean = join(dataDir, '..', 'six-lean.pdf');
  dialogs.answerSave(lean);
  expect(await summary.exportAndWait()).toMatch(/^Saved “six-lean\.pdf”/);
  const leanWords = (await pdfText(lean, 'raw')).replace(/\s+/g, ' ');
  expect(leanWords).not.toContain('Difference to the baseline over 48 months');
  expect(leanWords).not.toContain('Reference figures and sources');
  expect(leanWords).toContain('Offers 1–4 of 6');
  expect(leanWords).toContain(names[5]);
});

test('an empty workbook asks before exporting and says what is missing', async ({
  app,
  dataDir,
  dialogs,
}) => {
  const wb = new WorkbookPage(app);
  await wb.startWorkbook('Empty');
  await wb.goTo('Summary');
  const summary = new SummaryPage(app);
  await summary.exportButton.click();
  const ask = app.getByRole('dialog', { name: 'This summary is nearly empty' });
  await expect(ask).toContainText('There are no offers yet: add them on the Offers page.');
  await expect(ask).toContainText('No offer is chosen as your decision.');
  await ask.getByRole('button', { name: 'Not now' }).click();
  await expect(ask).toBeHidden();
  expect(dialogs.asked).toHaveLength(0);
  // Asked again, the user may still export it.
  const pdf = join(dataDir, '..', 'empty.pdf');
  dialogs.answerSave(pdf);
  await summary.exportButton.click();
  await ask.getByRole('button', { name: 'Export anyway' }).click();
  await expect(summary.exportRegion.getByRole('status')).toContainText('Saved “empty.pdf”', {
    timeout: 30_000,
  });
  expect(await pdfPageText(pdf, 1)).toContain('Not decided yet');
});
