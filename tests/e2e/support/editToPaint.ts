/**
 * Edit → paint timing on the Offers page, for the benchmark suite only (the
 * offers spec checks that an edit lands, never how long it takes). Types an amount into the focused
 * grid cell through the native setter, then waits until every number a person sees for that edit
 * has changed — the edited column's 4-year total and average in the grid's results and the verdict
 * strip's headline and ranking — and for the frame showing them to be painted ("numbers"); then
 * for the chart on screen (difference or cumulative pay) to change and be painted ("charts").
 * Returns both durations in ms. Never asserts on time.
 */
import type { Page } from '@playwright/test';

export type EditTiming = { numbers: number; charts: number };

/** One edit of the focused input to `dollars`; the edited column's results and the verdict must change. */
export const timeBaseSalaryEdit = (page: Page, dollars: number): Promise<EditTiming> =>
  page.evaluate(async (amount) => {
    const el = document.activeElement as HTMLInputElement;
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    // The edited offer's column, counted among the grid's offer columns (its results cells).
    const column = Number(el.closest('td')?.dataset.col ?? 0);
    // A results row of the grid, found by its row header.
    const cellText = (rowHeader: string) => {
      const row = [...document.querySelectorAll('.offer-grid__results tr')].find((tr) =>
        tr.querySelector('th')?.textContent?.startsWith(rowHeader),
      );
      return row?.querySelectorAll('td')[column]?.textContent ?? '';
    };
    const numbers = () =>
      [
        cellText('4-year total'),
        cellText('Average per year'),
        document.querySelector('.verdict__headline')?.textContent ?? '',
        document.querySelector('.verdict__ranking')?.textContent ?? '',
      ].join('\n');
    // The chart's labelled box, found once: an attribute-prefix query over the whole page costs
    // ~0.2 ms here, and it runs inside the timed window at every check (the floor's page is two
    // elements, where it is free). Found again only if the box has been replaced.
    const findChart = () =>
      document.querySelector('[aria-label^="Cumulative pay."], [aria-label^="Difference to "]');
    let chart = findChart();
    const chartLabel = () => {
      if (!chart?.isConnected) chart = findChart();
      return chart?.getAttribute('aria-label');
    };
    const numbersBefore = numbers().split('\n');
    const chartBefore = chartLabel();
    // Every number differs from before (all of them, not the first to change).
    const allChanged = () =>
      numbers()
        .split('\n')
        .every((v, i) => v !== numbersBefore[i] || v === '');
    // After the frame that shows a change has been painted: a frame seen in its callback paints
    // before the next task runs; a change seen outside one is painted by the next frame. The end of
    // that frame's task is marked by a `user-blocking` task posted from inside it (Prioritized Task
    // Scheduling, `scheduler.postTask`), which runs as soon as the frame's task ends. A
    // `setTimeout(0)` did not: it waited behind work the app queued before the frame and runs after
    // it (React's deferred renders, on a MessageChannel), so a trace showed it firing ~6–12 ms
    // after the frame with the numbers had been committed (bench/README.md, session 6).
    const afterFrameTask = (resolve: () => void) =>
      (
        globalThis as unknown as {
          scheduler: {
            postTask: (task: () => void, options: { priority: 'user-blocking' }) => unknown;
          };
        }
      ).scheduler.postTask(resolve, { priority: 'user-blocking' });
    const painted = (inFrame: boolean) =>
      new Promise<void>((resolve) => {
        if (inFrame) afterFrameTask(resolve);
        else requestAnimationFrame(() => afterFrameTask(resolve));
      });
    // Resolves, in ms from the edit, once the frame in which `done()` first holds has been
    // painted. It is first checked after the microtasks the input queued (React renders a
    // discrete update in one), then at each frame. Both watches run side by side from the edit,
    // so a chart drawn in the numbers' own frame counts that frame, not the one after.
    const watch = (done: () => boolean) =>
      new Promise<number>((resolve) => {
        const tick = (inFrame: boolean) => {
          if (!done()) {
            requestAnimationFrame(() => tick(true));
            return;
          }
          void painted(inFrame).then(() => resolve(performance.now() - start));
        };
        queueMicrotask(() => tick(false));
      });
    const start = performance.now();
    setter?.call(el, String(amount));
    el.dispatchEvent(new Event('input', { bubbles: true }));
    const [numbersMs, chartsMs] = await Promise.all([
      watch(allChanged),
      watch(() => chartLabel() !== chartBefore),
    ]);
    return { numbers: numbersMs, charts: Math.max(numbersMs, chartsMs) };
  }, dollars);
