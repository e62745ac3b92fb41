/**
 * The 1 MB offer-letter paste in the built app: paste → figures shown, the
 * reading's own time in the Worker, and the longest gap between painted frames
 * on the page while the letter is read. The floor is the longest frame gap of
 * the same page, dialog open, left idle for as long as the reading took,
 * measured the same way in the same run. Reported, never gated on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../tests/e2e/fixtures';
import { WorkbookPage } from '../tests/e2e/pages/WorkbookPage';
import { record, stats } from './recorder';

const LETTER = readFileSync(
  join(import.meta.dirname, '../tests/fixtures/offer-letters/01-amazon-pm.txt'),
  'utf8',
);

type GapProbe = { maxGap: number; stop: boolean };

/** Starts recording the longest gap between animation frames on the page. */
const startGapProbe = (page: Page) =>
  page.evaluate(() => {
    const probe: GapProbe = { maxGap: 0, stop: false };
    (window as unknown as { __gaps: GapProbe }).__gaps = probe;
    let last = performance.now();
    const tick = (now: number) => {
      probe.maxGap = Math.max(probe.maxGap, now - last);
      last = now;
      if (!probe.stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });

/** Stops the probe and returns the longest gap it saw, in ms. */
const stopGapProbe = (page: Page) =>
  page.evaluate(() => {
    const probe = (window as unknown as { __gaps: GapProbe }).__gaps;
    probe.stop = true;
    return probe.maxGap;
  });

test('a 1 MB offer letter: paste to figures, reading in the Worker, frame gaps', async ({
  app,
}) => {
  const wb = new WorkbookPage(app);
  await wb.startWorkbook();
  await wb.goTo('Offers');
  const dialog = app.getByRole('dialog', { name: 'Paste an offer letter' });
  const box = dialog.getByLabel('Offer letter or recruiter’s email');
  const found = dialog.getByRole('region', { name: 'Figures found' });
  let big = '';
  while (big.length < 1_000_000) big += `${LETTER}\n\n`;
  await app.context().grantPermissions(['clipboard-read', 'clipboard-write']);

  const toFigures: number[] = [];
  const reading: number[] = [];
  const gaps: number[] = [];
  const idleGaps: number[] = [];
  for (let i = 0; i < 5; i++) {
    // A different letter each time (a trailing line), so every paste is read afresh.
    const text = `${big}Run ${i}\n`;
    await app.evaluate((t) => navigator.clipboard.writeText(t), text);
    // A fresh dialog for each paste, as a user would open it.
    await app.getByRole('button', { name: 'Paste offer letter…' }).click();
    await box.focus();
    const started = performance.now();
    await app.keyboard.press('ControlOrMeta+V');
    await expect(dialog.getByText(/The letter is 1,0\d\d,\d{3} characters long/)).toBeVisible();
    // From here the page waits for typing to settle, then the Worker reads the letter.
    await startGapProbe(app);
    await expect(found).toBeVisible({ timeout: 60_000 });
    toFigures.push(performance.now() - started);
    gaps.push(await stopGapProbe(app));
    const ms = Number(await found.getAttribute('data-extract-ms'));
    reading.push(ms);
    // The floor: the same page left idle for as long as the reading took.
    await startGapProbe(app);
    await app.waitForTimeout(ms); // a measured idle span, not a synchronisation point
    idleGaps.push(await stopGapProbe(app));
    await app.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
  const floor = stats(idleGaps).median;
  await record({
    id: '9-letter-paste',
    label: '1 MB letter: paste → figures shown',
    unit: 'ms',
    samples: toFigures,
  });
  await record({
    id: '9-letter-reading',
    label: '1 MB letter: reading in the Worker',
    unit: 'ms',
    samples: reading,
  });
  await record({
    id: '9-letter-frame-gap',
    label: '1 MB letter: longest frame gap while reading',
    unit: 'ms',
    samples: gaps,
    ratios: { 'idle floor': stats(gaps).median / floor },
    note: `idle floor ${floor.toFixed(1)} ms (same page, same span, nothing read)`,
  });
});
