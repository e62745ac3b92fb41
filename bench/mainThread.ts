/**
 * The renderer main thread's CPU time and script time so far, in ms (DevTools
 * `Performance.getMetrics`: `ThreadTime` in thread ticks, `ScriptDuration`).
 * Unlike wall-clock time these barely move when other processes load the
 * machine, so the benchmarks report them beside their timings.
 */
import type { Page } from '@playwright/test';

export type MainThreadTime = { thread: number; script: number };

/** A reader of the page's main-thread time; `stop` detaches it. */
export const mainThreadClock = async (
  page: Page,
): Promise<{ read: () => Promise<MainThreadTime>; stop: () => Promise<void> }> => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return {
    read: async () => {
      const { metrics } = (await cdp.send('Performance.getMetrics')) as {
        metrics: { name: string; value: number }[];
      };
      const of = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
      return { thread: of('ThreadTime'), script: of('ScriptDuration') };
    },
    stop: () => cdp.detach(),
  };
};
