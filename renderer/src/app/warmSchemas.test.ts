/**
 * The idle warm-up of the write schemas: nothing before the app-ready signal,
 * then every table schema built (with its parts) across idle callbacks, as
 * many per callback as its idle time allows, each callback asked for with the
 * timeout that bounds how late a schema is built.
 */
import type { FrameClock } from '@renderer/lib/afterPaint';
import { afterEach, describe, expect, it, vi } from 'vitest';

const built = vi.hoisted(() => [] as string[]);

vi.mock('@renderer/db/writeKit', async () => {
  const { lazySchema } = await import('@shared/schemas/lazy');
  const { z } = await import('zod');
  const lazy = (name: string) =>
    lazySchema(() => {
      built.push(name);
      return z.object({
        part: lazySchema(() => {
          built.push(`${name}.part`);
          return z.string();
        }),
      });
    });
  // Fresh stand-ins per call: the mocked module outlives vi.resetModules.
  return { tableSchemas: () => [lazy('a'), lazy('b'), lazy('c')] };
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
  built.length = 0;
});

/** Idle callbacks held until the test runs them, with the options each was asked with. */
const manualIdle = () => {
  const queue: { run: (d: IdleDeadline) => void; options: IdleRequestOptions | undefined }[] = [];
  return {
    idle: (run: (d: IdleDeadline) => void, options?: IdleRequestOptions) => {
      queue.push({ run, options });
    },
    queue,
    /** Runs the oldest callback with `remaining` ms of idle time that never runs out. */
    runNext: (remaining: number) => {
      const next = queue.shift();
      next?.run({ didTimeout: false, timeRemaining: () => remaining });
    },
  };
};

/** A clock whose frame and tasks come at once: the signal is raised inside the call. */
const atOnce: FrameClock = {
  requestAnimationFrame: (callback) => {
    callback();
    return 1;
  },
  cancelAnimationFrame: () => {},
  setTimeout: () => 0 as unknown as ReturnType<typeof setTimeout>,
  clearTimeout: () => {},
  postUrgentTask: (callback) => callback(),
};

const loadWithDocument = async () => {
  // signalAppReady marks the document; a stand-in is enough in the node test environment.
  vi.stubGlobal('document', { documentElement: { dataset: {} } });
  const appReady = await import('@renderer/lib/appReady');
  const { warmEditSchemas, WARM_TIMEOUT_MS } = await import('./warmSchemas');
  return {
    signalAppReady: () => appReady.signalAppReady(atOnce),
    warmEditSchemas,
    WARM_TIMEOUT_MS,
  };
};

describe('warmEditSchemas', () => {
  it('waits for app-ready, then builds one schema per callback when idle time is short', async () => {
    const { signalAppReady, warmEditSchemas, WARM_TIMEOUT_MS } = await loadWithDocument();
    const idle = manualIdle();
    warmEditSchemas(idle.idle);
    expect(idle.queue).toHaveLength(0);

    signalAppReady();
    expect(idle.queue).toHaveLength(1);
    expect(idle.queue[0]?.options).toEqual({ timeout: WARM_TIMEOUT_MS });
    expect(built).toEqual([]);

    idle.runNext(0);
    expect(built).toEqual(['a', 'a.part']);
    expect(idle.queue).toHaveLength(1);
    idle.runNext(0);
    idle.runNext(0);
    expect(built).toEqual(['a', 'a.part', 'b', 'b.part', 'c', 'c.part']);
    // Done: no further callback is asked for.
    expect(idle.queue).toHaveLength(0);
  });

  it('builds them all in one callback that has idle time to spare', async () => {
    const { signalAppReady, warmEditSchemas } = await loadWithDocument();
    const idle = manualIdle();
    warmEditSchemas(idle.idle);
    signalAppReady();
    idle.runNext(50);
    expect(built).toHaveLength(6);
    expect(idle.queue).toHaveLength(0);
  });

  it('warms the schemas every write validates with, the offer, workbook and answers among them', async () => {
    vi.doUnmock('@renderer/db/writeKit');
    const { tableSchemas } = await import('@renderer/db/writeKit');
    const records = await import('@shared/schemas/records');
    const { buildSchemas } = await import('@shared/schemas/lazy');
    const schemas = tableSchemas();
    expect(schemas).toHaveLength(7);
    for (const schema of [records.OfferSchema, records.WorkbookSchema, records.AssessmentSchema]) {
      expect(schemas.includes(schema)).toBe(true);
    }
    expect(() => buildSchemas(schemas)).not.toThrow();
    expect(records.OfferSchema.shape.baseSalary.safeParse(-1).error?.issues[0]?.message).toBe(
      'Amounts cannot be negative.',
    );
  });
});
