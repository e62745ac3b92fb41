import type { Page } from '@playwright/test';
import { expect, test } from '../tests/e2e/fixtures';
import { BLANK_PATH } from '../tests/e2e/harness/server';
import { WorkbookPage } from '../tests/e2e/pages/WorkbookPage';
import { onFloorPage } from './floorPage';
import { mainThreadClock } from './mainThread';
import { record, stats } from './recorder';

const RUNS = 15;

/**
 * Opens `url` from an empty page of the same origin and returns when it
 * marked itself ready, in ms from navigation start. `settled` runs first: the
 * app holds its own unload while a save is in flight (`app/unloadGuard.ts`), so
 * leaving it mid-save would abort the navigation instead of timing a start
 * ({@link unloadAllowed}).
 */
const timeStart = async (
  page: Page,
  url: string,
  settled: () => Promise<void> = async () => {},
  cpu?: () => Promise<number>,
): Promise<Start> => {
  await settled();
  await page.goto(new URL(BLANK_PATH, url).href);
  const cpuBefore = cpu ? await cpu() : 0;
  await page.goto(url, { waitUntil: 'commit' });
  const ready = await page.evaluate(
    () =>
      new Promise<number>((done) => {
        const at = () => performance.getEntriesByName('crossroads:app-ready')[0]?.startTime;
        const now = at();
        if (now !== undefined) {
          done(now);
          return;
        }
        new PerformanceObserver((_list, observer) => {
          const mark = at();
          if (mark === undefined) return;
          observer.disconnect();
          done(mark);
        }).observe({ type: 'mark' });
      }),
  );
  return { ready, cpu: cpu ? (await cpu()) - cpuBefore : Number.NaN };
};

/** One start: ms from navigation start to the ready mark, and the page's main-thread CPU ms. */
type Start = { ready: number; cpu: number };

/**
 * The page's main-thread CPU time so far, in ms ({@link mainThreadClock}), read around each
 * start: the work a start costs, which a loaded machine moves far less than the wall-clock time.
 * It counts from the empty page, loaded before the first read, to just after the ready mark has
 * been read, so a little of what follows the mark is in it, for the app and the floor alike.
 */
const cpuClock = async (
  page: Page,
): Promise<{ read: () => Promise<number>; stop: () => Promise<void> }> => {
  const clock = await mainThreadClock(page);
  return { read: async () => (await clock.read()).thread, stop: clock.stop };
};

/**
 * Resolves once the app's unload guard (`app/unloadGuard.ts`) would let the
 * page go: asks the guard itself with a cancelable `beforeunload` event of the
 * page's own, and asks again each frame while it cancels. The save indicator
 * is not the guard's condition: it shows the autosaver, which may not have
 * read a write that just completed (the sample's, right after it opens), and
 * a refused unload makes the harness reload the page, which the benchmark's
 * navigation would then wait on for ever. A held ask starts the flush, as a
 * real refusal does, so the wait ends when that save does.
 */
const unloadAllowed = async (page: Page): Promise<void> => {
  await page.waitForFunction(
    () => {
      const ask = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(ask);
      return !ask.defaultPrevented;
    },
    undefined,
    { polling: 'raf' },
  );
};

const floor = (dir: string): Promise<Start[]> =>
  onFloorPage(dir, async (page, origin) => {
    const samples: Start[] = [];
    const url = `${origin}/index.html`;
    const cpu = await cpuClock(page);
    await timeStart(page, url, undefined, cpu.read);
    for (let i = 0; i < RUNS; i++) samples.push(await timeStart(page, url, undefined, cpu.read));
    await cpu.stop();
    return samples;
  });

type Heap = { usedMB: number; objectsMB: number; codeMB: number };

/**
 * How long the heap is left alone before each measurement. Dexie's cache middleware (the one
 * `liveQuery` reads through) drops a query's cache entry 3,000 ms after its last subscriber leaves,
 * from a `setTimeout` (`enqueForDeletion` in dexie.mjs, Dexie 4.4). Until then the pending timer
 * holds the entry, its query's promise and that promise's transaction: about 7 KB per edit, so a
 * snapshot taken at once counted the last three seconds of edits as growth (objects +24–28 %
 * over the first 100 edits with Chromium 156; +3.2 % once the timers had run).
 */
const SETTLE_MS = 3_500;

/**
 * The renderer's JS heap after a forced GC: V8's used size, and from a heap
 * snapshot the part that is compiled code (bytecode, JIT machine code,
 * feedback) apart from the objects the page holds, which is where a leak
 * would show. Native (DOM) nodes are in neither part. Measured once the page
 * has been left alone for {@link SETTLE_MS}.
 */
const heap = async (page: Page): Promise<Heap> => {
  await page.waitForTimeout(SETTLE_MS);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (c) => chunks.push(c.chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  const snapshot = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
  };
  const { node_fields: fields, node_types: nodeTypes } = snapshot.snapshot.meta;
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const bytes: Record<string, number> = {};
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const type = nodeTypes[0][snapshot.nodes[i + typeAt] ?? 0] ?? '?';
    bytes[type] = (bytes[type] ?? 0) + (snapshot.nodes[i + sizeAt] ?? 0);
  }
  const total = Object.values(bytes).reduce((a, b) => a + b, 0);
  const code = bytes.code ?? 0;
  const mb = (n: number) => n / 1024 / 1024;
  return {
    usedMB: mb(usedSize),
    codeMB: mb(code),
    objectsMB: mb(total - code - (bytes.native ?? 0)),
  };
};

test('start to interactive, with floors; heap after load and after 100 edits', async ({
  app,
  appControl,
}) => {
  const wb = new WorkbookPage(app);
  await wb.openSample();
  const appUrl = app.url();
  const saved = () => unloadAllowed(app);
  const cpu = await cpuClock(app);
  await timeStart(app, appUrl, saved, cpu.read);
  const starts: Start[] = [];
  for (let i = 0; i < RUNS; i++) starts.push(await timeStart(app, appUrl, saved, cpu.read));
  // Detached before the heap is measured on the same page, as the edit benchmark does.
  await cpu.stop();
  const samples = starts.map((s) => s.ready);
  const blank = await floor('blank');
  const stack = await floor('stack');
  const app50 = stats(samples).median;
  await record({
    id: '1-startup-blank-floor',
    label: 'Floor: blank page',
    unit: 'ms',
    samples: blank.map((s) => s.ready),
  });
  await record({
    id: '1-startup-stack-floor',
    label: 'Floor: React + empty Dexie',
    unit: 'ms',
    samples: stack.map((s) => s.ready),
  });
  await record({
    id: '1-startup-app',
    label: 'Start to interactive (sample workbook)',
    unit: 'ms',
    samples,
    budget: 300,
    ratios: {
      'stack floor': app50 / stats(stack.map((s) => s.ready)).median,
      'blank page': app50 / stats(blank.map((s) => s.ready)).median,
    },
  });
  const stackCpu = stack.map((s) => s.cpu);
  await record({
    id: '1-startup-cpu-stack-floor',
    label: 'Floor: React + empty Dexie, main-thread CPU per start',
    unit: 'ms',
    samples: stackCpu,
  });
  await record({
    id: '1-startup-cpu-app',
    label: 'Start: main-thread CPU per start (sample workbook)',
    unit: 'ms',
    samples: starts.map((s) => s.cpu),
    ratios: { 'stack floor CPU': stats(starts.map((s) => s.cpu)).median / stats(stackCpu).median },
    note: 'CPU time (thread ticks), not wall time',
  });

  const page = appControl.page();
  // Measure once the page has settled: its lazily loaded chart (the difference chart, the tab
  // shown first) is drawn.
  await page
    .getByRole('img', { name: /^Difference to / })
    .locator('svg')
    .waitFor({ state: 'attached' });
  const before = await heap(page);
  const name = new WorkbookPage(page).nameField;
  const edits = async (round: number) => {
    for (let i = 0; i < 100; i++) {
      await name.fill(`Sample edit ${round}-${i}`);
      await name.press('Enter');
    }
    await expect(name).toHaveValue(`Sample edit ${round}-99`);
    return heap(page);
  };
  const after100 = await edits(1);
  const after200 = await edits(2);
  const pct = (a: number, b: number) => `${(((b - a) / a) * 100).toFixed(1)}%`;
  await record({
    id: '8-heap-load',
    label: 'Renderer JS heap after load',
    unit: 'MB',
    value: before.usedMB,
    note: `objects ${before.objectsMB.toFixed(2)} MB, compiled code ${before.codeMB.toFixed(2)} MB`,
  });
  await record({
    id: '8-heap-edits',
    label: 'Renderer JS heap after 100 edits',
    unit: 'MB',
    value: after100.usedMB,
    note: `growth ${pct(before.usedMB, after100.usedMB)}; compiled code ${before.codeMB.toFixed(2)} → ${after100.codeMB.toFixed(2)} MB`,
  });
  await record({
    id: '8-heap-objects',
    label: 'Objects in the JS heap after 100 edits (no compiled code)',
    unit: 'MB',
    value: after100.objectsMB,
  });
  const growth = (a: number, b: number) => ((b - a) / a) * 100;
  await record({
    id: '8-heap-growth',
    label: 'Heap growth over the first 100 edits',
    unit: '%',
    value: growth(before.usedMB, after100.usedMB),
    budget: 10,
    note: 'all of the JS heap, compiled code included',
  });
  await record({
    id: '8-heap-growth-objects',
    label: 'Heap growth over the first 100 edits, objects only',
    unit: '%',
    value: growth(before.objectsMB, after100.objectsMB),
    budget: 10,
    note: 'no bytecode, JIT code or feedback',
  });
  await record({
    id: '8-heap-edits-200',
    label: 'Renderer JS heap after 200 edits (leak check)',
    unit: 'MB',
    value: after200.usedMB,
    note: `growth from 100 to 200 edits ${pct(after100.usedMB, after200.usedMB)}; objects ${pct(after100.objectsMB, after200.objectsMB)}`,
  });
});
