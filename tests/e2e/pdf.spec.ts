/**
 * The decision summary PDF from the sample workbook, exported with no further
 * input: complete (several pages, Letter in en-US), every page rendered to
 * PNG (with CROSSROADS_DOCS=1 also to docs/pdf-page-<n>.png), and the time
 * from click to file written measured over several exports, median reported
 * in out/screens/pdf-timing.json.
 */
import { copyFile, mkdir, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { expect, test } from './fixtures';
import { SCREENS_DIR, screenshot } from './fixtures/screens';
import { pdfPageSize, pdfPages, pdfText, pdfToPngs, SummaryPage } from './pages/SummaryPage';
import { WorkbookPage } from './pages/WorkbookPage';

const ROOT = resolve(import.meta.dirname, '../..');
const RUNS = 5;

test.describe.configure({ timeout: 300_000 });

/** Resolves when `path` exists, polling every 10 ms; fails after a minute. */
const fileWritten = async (path: string): Promise<void> => {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (
      await stat(path).then(
        () => true,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`${path} was not written within a minute.`);
};

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
  await screenshot(app, 'summary', { docs: true });

  const times: number[] = [];
  let pdf = '';
  for (let i = 1; i <= RUNS; i++) {
    pdf = join(dataDir, '..', `sample-summary-${i}.pdf`);
    dialogs.answerSave(pdf);
    const started = Date.now();
    await summary.exportButton.click();
    await fileWritten(pdf);
    times.push(Date.now() - started);
    await expect(summary.exportRegion.getByRole('status')).toContainText(
      `Saved “sample-summary-${i}.pdf”`,
    );
  }
  expect(dialogs.asked.at(-1)?.defaultPath).toMatch(/decision-summary-\d{4}-\d{2}-\d{2}\.pdf$/);
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  await mkdir(SCREENS_DIR, { recursive: true });
  await writeFile(
    join(SCREENS_DIR, 'pdf-timing.json'),
    `${JSON.stringify({ runs: times, medianMs: median }, null, 2)}\n`,
  );
  console.log(`PDF export, click to file written (ms): ${times.join(', ')}; median ${median}`);

  const text = await pdfText(pdf, 'raw');
  expect(text).toContain('Decision summary');
  expect(text).toContain('Leaning towards the PMM offer.');
  const pages = await pdfPages(pdf);
  expect(pages).toBeGreaterThan(3);
  expect(text).toContain(`Page ${pages} of ${pages}`);
  // en-US locale, paper "automatic" → Letter: 612 × 792 points.
  expect(await pdfPageSize(pdf)).toEqual({ w: 612, h: 792 });

  const pngs = await pdfToPngs(pdf, SCREENS_DIR, 'pdf-page');
  expect(pngs).toHaveLength(pages);
  if (process.env.CROSSROADS_DOCS === '1') {
    await mkdir(join(ROOT, 'docs'), { recursive: true });
    for (const [i, p] of pngs.entries())
      await copyFile(p, join(ROOT, 'docs', `pdf-page-${i + 1}.png`));
  }
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
