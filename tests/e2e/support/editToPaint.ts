/**
 * Edit → paint timing on the Offers page, for the benchmark suite only (the
 * offers spec checks that an edit lands, never how long it takes). Types a base salary into the focused
 * field through the native setter, then waits for the comparison table to
 * show it and for the chart on screen (difference or cumulative pay) to change, each followed by a
 * painted frame. Returns both durations in ms. Never asserts on time.
 */
import type { Page } from '@playwright/test';

export type EditTiming = { numbers: number; charts: number };

/** One edit of the focused input to `dollars`; the first table cell must become that amount. */
export const timeBaseSalaryEdit = (page: Page, dollars: number): Promise<EditTiming> =>
  page.evaluate(async (amount) => {
    const el = document.activeElement as HTMLInputElement;
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    const expected = `$${amount.toLocaleString('en-US')}`;
    const cell = () => document.querySelector('.pay-table tbody tr td')?.textContent?.trim() ?? '';
    const chartLabel = () =>
      document
        .querySelector('[aria-label^="Cumulative pay."], [aria-label^="Difference to "]')
        ?.getAttribute('aria-label');
    const chartBefore = chartLabel();
    // Resolves once `done()` holds, with whether it was seen inside an animation-frame callback.
    // It is first checked after the microtasks the input queued (React renders a discrete update
    // in one), then at each frame.
    const until = (done: () => boolean) =>
      new Promise<boolean>((resolve) => {
        const tick = (inFrame: boolean) =>
          done() ? resolve(inFrame) : requestAnimationFrame(() => tick(true));
        queueMicrotask(() => tick(false));
      });
    // After the frame that shows the change has been painted: a frame seen in its callback paints
    // before the next task runs; a change seen outside one is painted by the next frame.
    const painted = (inFrame: boolean) =>
      new Promise<void>((resolve) => {
        if (inFrame) setTimeout(resolve, 0);
        else requestAnimationFrame(() => setTimeout(resolve, 0));
      });
    const start = performance.now();
    setter?.call(el, String(amount));
    el.dispatchEvent(new Event('input', { bubbles: true }));
    await painted(await until(() => cell() === expected));
    const numbers = performance.now() - start;
    await painted(await until(() => chartLabel() !== chartBefore));
    return { numbers, charts: performance.now() - start };
  }, dollars);
