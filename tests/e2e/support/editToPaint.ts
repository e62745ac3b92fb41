/**
 * Edit → paint timing on the Offers page, shared by the offers spec (which
 * reports it) and the benchmark suite. Types a base salary into the focused
 * field through the native setter, then waits for the comparison table to
 * show it and for the cumulative-pay chart to change, each followed by a
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
      document.querySelector('[aria-label^="Cumulative pay."]')?.getAttribute('aria-label');
    const chartBefore = chartLabel();
    const painted = () =>
      new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const until = (done: () => boolean) =>
      new Promise<void>((resolve) => {
        const tick = () => (done() ? resolve() : requestAnimationFrame(tick));
        tick();
      });
    const start = performance.now();
    setter?.call(el, String(amount));
    el.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => cell() === expected);
    await painted();
    const numbers = performance.now() - start;
    await until(() => chartLabel() !== chartBefore);
    await painted();
    return { numbers, charts: performance.now() - start };
  }, dollars);
