import { PRINT_IDLE_HASH, printRunHash } from '@shared/ipc/print';
import { describe, expect, it, vi } from 'vitest';
import { fakeTime } from '../../../tests/unit/mocks/time';
import { PdfPrintError } from './pdfExport';
import { createPrintSession, type PrintSurface, waitForPrintReady } from './printSession';

/** A fake timer: `fire()` runs what is pending, as if the time had passed. */
const fakeTimer = () => {
  const pending = new Map<number, { fn: () => void; ms: number }>();
  let next = 0;
  return {
    pending,
    setTimer: (fn: () => void, ms: number) => {
      const id = next++;
      pending.set(id, { fn, ms });
      return () => {
        pending.delete(id);
      };
    },
    fire: () => {
      const all = [...pending.values()];
      pending.clear();
      for (const t of all) t.fn();
    },
  };
};

type Behaviour = 'ready' | 'never' | { error: string };

/**
 * A fake print page that follows the run protocol: a hash change to
 * `?run=<n>` makes it "read" the database (the value of `db.value` at that
 * moment) and report ready for run n; `pdf()` returns what that run read.
 */
const fakePage = (db: { value: string }, behaviour: () => Behaviour = () => 'ready') => {
  let closed = false;
  let state: { run: string | null; ready: string | null; error: string | null } = {
    run: null,
    ready: null,
    error: null,
  };
  let drawn = '';
  const page: PrintSurface & { hashes: string[]; evaluated: number } = {
    hashes: [],
    evaluated: 0,
    evaluate: async (expression) => {
      page.evaluated += 1;
      if (closed) throw new Error('page closed');
      const hash = /location\.replace\("([^"]+)"\)/.exec(expression)?.[1];
      if (hash !== undefined) {
        page.hashes.push(hash);
        const run = /\?run=(\w+)/.exec(hash)?.[1] ?? null;
        state = { run, ready: null, error: null };
        drawn = '';
        const b = behaviour();
        if (run !== null && b === 'ready') {
          drawn = db.value;
          state.ready = 'true';
        } else if (run !== null && typeof b === 'object') state.error = b.error;
        return undefined;
      }
      return { ...state };
    },
    pdf: async () => new TextEncoder().encode(`PDF of ${drawn}`),
    isClosed: () => closed,
    close: async () => {
      closed = true;
    },
  };
  return page;
};

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('waitForPrintReady', () => {
  it('resolves once the route says ready', async () => {
    const states = [{ ready: null }, { ready: null }, { ready: 'true' }];
    const probe = vi.fn(async () => states.shift());
    await waitForPrintReady(probe, { timeoutMs: 1000, pollMs: 50, ...fakeTime() });
    expect(probe).toHaveBeenCalledTimes(3);
  });

  it('ignores another run’s ready and error', async () => {
    const states = [
      { run: '1', ready: 'true' },
      { run: '1', error: 'old failure' },
      { run: '2', ready: null },
      { run: '2', ready: 'true' },
    ];
    const probe = vi.fn(async () => states.shift());
    await waitForPrintReady(probe, { timeoutMs: 1000, pollMs: 50, run: '2', ...fakeTime() });
    expect(probe).toHaveBeenCalledTimes(4);
  });

  it('times out with a clear message', async () => {
    const err = await waitForPrintReady(async () => ({ ready: null }), {
      timeoutMs: 15_000,
      pollMs: 50,
      ...fakeTime(),
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PdfPrintError);
    expect(err).toMatchObject({ code: 'print-timeout' });
    expect((err as Error).message).toMatch(/not ready to print after 15 seconds/);
  });

  it('reports the route’s own error at once', async () => {
    await expect(
      waitForPrintReady(async () => ({ ready: null, error: 'no workbook is open.' }), {
        timeoutMs: 1000,
        pollMs: 50,
        ...fakeTime(),
      }),
    ).rejects.toMatchObject({
      code: 'print-failed',
      message: 'The summary could not be laid out for printing: no workbook is open.',
    });
  });
});

describe('createPrintSession', () => {
  const setup = (behaviour?: () => Behaviour) => {
    const db = { value: 'v1' };
    const pages: ReturnType<typeof fakePage>[] = [];
    const opened: string[] = [];
    const timer = fakeTimer();
    const session = createPrintSession({
      indexUrl: 'app://crossroads/index.html',
      open: async (url) => {
        opened.push(url);
        const p = fakePage(db, behaviour);
        pages.push(p);
        return p;
      },
      timeoutMs: 500,
      idleMs: 60_000,
      setTimer: timer.setTimer,
      ...fakeTime(),
    });
    return { db, pages, opened, timer, session };
  };

  it('opens one page parked, prints a fresh run per export and parks it again', async () => {
    const { db, pages, opened, session } = setup();
    expect(text(await session.print({ paperSize: 'letter' }))).toBe('PDF of v1');
    db.value = 'v2'; // the user edits between exports
    expect(text(await session.print({ paperSize: 'a4' }))).toBe('PDF of v2');
    db.value = 'v3';
    expect(text(await session.print({ paperSize: 'letter' }))).toBe('PDF of v3');
    await session.close();
    expect(opened).toEqual([`app://crossroads/index.html${PRINT_IDLE_HASH}`]);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.hashes).toEqual([
      printRunHash('1'),
      PRINT_IDLE_HASH,
      printRunHash('2'),
      PRINT_IDLE_HASH,
      printRunHash('3'),
      PRINT_IDLE_HASH,
    ]);
    expect(printRunHash('7')).toBe('#/print?run=7');
  });

  it('prepare opens the page ahead without starting a run', async () => {
    const { pages, opened, session } = setup();
    session.prepare();
    session.prepare();
    await vi.waitFor(() => expect(pages).toHaveLength(1));
    expect(pages[0]?.hashes).toEqual([]);
    await session.print({ paperSize: 'letter' });
    expect(opened).toHaveLength(1);
  });

  it('runs concurrent exports one after another, each reading at its own turn', async () => {
    const { pages, session } = setup();
    const [a, b] = await Promise.all([
      session.print({ paperSize: 'letter' }),
      session.print({ paperSize: 'letter' }),
    ]);
    expect([text(a), text(b)]).toEqual(['PDF of v1', 'PDF of v1']);
    expect(pages).toHaveLength(1);
    // Run 2 starts only after run 1 was parked.
    expect(pages[0]?.hashes.slice(0, 4)).toEqual([
      printRunHash('1'),
      PRINT_IDLE_HASH,
      printRunHash('2'),
      PRINT_IDLE_HASH,
    ]);
  });

  it('discards the page after a timeout, and the next export opens a new one', async () => {
    let mode: Behaviour = 'never';
    const { pages, session } = setup(() => mode);
    await expect(session.print({ paperSize: 'letter' })).rejects.toMatchObject({
      code: 'print-timeout',
    });
    expect(pages[0]?.isClosed()).toBe(true);
    mode = 'ready';
    expect(text(await session.print({ paperSize: 'letter' }))).toBe('PDF of v1');
    expect(pages).toHaveLength(2);
  });

  it('passes the route’s error on and discards the page', async () => {
    const { pages, session } = setup(() => ({ error: 'no workbook is open.' }));
    await expect(session.print({ paperSize: 'letter' })).rejects.toMatchObject({
      code: 'print-failed',
      message: 'The summary could not be laid out for printing: no workbook is open.',
    });
    expect(pages[0]?.isClosed()).toBe(true);
  });

  it('reopens when the kept page went away (crash, browser closed)', async () => {
    const { pages, session } = setup();
    await session.print({ paperSize: 'letter' });
    await pages[0]?.close();
    expect(text(await session.print({ paperSize: 'letter' }))).toBe('PDF of v1');
    expect(pages).toHaveLength(2);
  });

  it('closes the page once it has been idle, and only when no export is running', async () => {
    const { pages, timer, session } = setup();
    await session.print({ paperSize: 'letter' });
    await vi.waitFor(() => expect(timer.pending.size).toBe(1));
    expect([...timer.pending.values()][0]?.ms).toBe(60_000);
    timer.fire();
    await vi.waitFor(() => expect(pages[0]?.isClosed()).toBe(true));
    // An export cancels the idle timer while it runs.
    session.prepare();
    await vi.waitFor(() => expect(pages).toHaveLength(2));
    const job = session.print({ paperSize: 'letter' });
    expect(timer.pending.size).toBe(0);
    await job;
  });

  it('close() closes the kept page, and a page still opening as soon as it arrives', async () => {
    const { pages, session, timer } = setup();
    await session.print({ paperSize: 'letter' });
    await session.close();
    expect(pages[0]?.isClosed()).toBe(true);
    expect(timer.pending.size).toBe(0);
    session.prepare();
    await session.close();
    expect(pages).toHaveLength(2);
    expect(pages[1]?.isClosed()).toBe(true);
  });

  it('reports a page that cannot be opened as a failed print, and tries again next time', async () => {
    let fail = true;
    const session = createPrintSession({
      indexUrl: 'app://crossroads/index.html',
      open: async () => {
        if (fail) throw new Error('load failed');
        return fakePage({ value: 'v1' });
      },
      setTimer: fakeTimer().setTimer,
      ...fakeTime(),
    });
    await expect(session.print({ paperSize: 'letter' })).rejects.toThrow('load failed');
    fail = false;
    expect(text(await session.print({ paperSize: 'letter' }))).toBe('PDF of v1');
  });
});
