/**
 * Start to interactive: navigation start → the app-ready mark, with the
 * sample workbook loaded from IndexedDB, against two floors measured the same
 * way in the same run: a blank page and React + an empty Dexie database.
 * Also the renderer's JS heap after load and after 100 edits.
 */
import { resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, expect, test, waitForReady } from '../tests/e2e/fixtures';
import { startRendererServer } from '../tests/e2e/harness/server';
import { WorkbookPage } from '../tests/e2e/pages/WorkbookPage';
import { FLOORS_DIR, record, stats } from './recorder';

const RUNS = 15;

const readyAt = (page: Page) =>
  page.evaluate(
    () => performance.getEntriesByName('crossroads:app-ready')[0]?.startTime ?? Number.NaN,
  );

const floor = async (dir: string): Promise<number[]> => {
  const server = await startRendererServer(resolve(FLOORS_DIR, dir));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  const samples: number[] = [];
  try {
    await page.goto(`${server.origin}/index.html`);
    await waitForReady(page);
    for (let i = 0; i < RUNS; i++) {
      await page.reload();
      await waitForReady(page);
      samples.push(await readyAt(page));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return samples;
};

const heapMB = async (page: Page): Promise<number> => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 1024 / 1024;
};

test('start to interactive, with floors; heap after load and after 100 edits', async ({
  app,
  appControl,
}) => {
  const wb = new WorkbookPage(app);
  await wb.openSample();
  await appControl.reload();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await appControl.reload();
    samples.push(await readyAt(appControl.page()));
  }
  const blank = await floor('blank');
  const stack = await floor('stack');
  const app50 = stats(samples).median;
  await record({
    id: '1-startup-blank-floor',
    label: 'Floor: blank page',
    unit: 'ms',
    samples: blank,
  });
  await record({
    id: '1-startup-stack-floor',
    label: 'Floor: React + empty Dexie',
    unit: 'ms',
    samples: stack,
  });
  await record({
    id: '1-startup-app',
    label: 'Start to interactive (sample workbook)',
    unit: 'ms',
    samples,
    budget: 300,
    ratios: {
      'stack floor': app50 / stats(stack).median,
      'blank page': app50 / stats(blank).median,
    },
  });

  const page = appControl.page();
  // Measure once the page has settled: its lazily loaded charts are drawn.
  await page.getByText('Cumulative pay over 48 months').waitFor();
  await page.locator('.recharts-surface').first().waitFor();
  const before = await heapMB(page);
  const name = new WorkbookPage(page).nameField;
  const edits = async (round: number) => {
    for (let i = 0; i < 100; i++) {
      await name.fill(`Sample edit ${round}-${i}`);
      await name.press('Enter');
    }
    await expect(name).toHaveValue(`Sample edit ${round}-99`);
    return heapMB(page);
  };
  const after100 = await edits(1);
  const after200 = await edits(2);
  const pct = (a: number, b: number) => `${(((b - a) / a) * 100).toFixed(1)}%`;
  await record({
    id: '8-heap-load',
    label: 'Renderer JS heap after load',
    unit: 'MB',
    value: before,
  });
  await record({
    id: '8-heap-edits',
    label: 'Renderer JS heap after 100 edits',
    unit: 'MB',
    value: after100,
    note: `growth ${pct(before, after100)} (budget 10%)`,
  });
  await record({
    id: '8-heap-edits-200',
    label: 'Renderer JS heap after 200 edits (leak check)',
    unit: 'MB',
    value: after200,
    note: `growth from 100 to 200 edits ${pct(after100, after200)}`,
  });
});
