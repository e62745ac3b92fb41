/**
 * Property tests over EVERY IPC channel through the real `dispatch` (and
 * through `registerIpc` with arbitrary sender frames) against a handler table
 * of spies. Each channel has a hand-written fuzz case: generators of valid
 * requests and of requests made invalid by a known mutation, written from the
 * contract's rules as documented, never by asking its zod schemas. So every
 * payload carries its expected outcome by construction: a valid one runs its
 * handler exactly once with the request, an invalid one gets `invalid-request`
 * and runs nothing. Arbitrary hostile payloads must get one of those two
 * outcomes, consistently. Must not use real handlers or touch the file system.
 */

import { CHANNELS, type Channel } from '@shared/ipc/channels';
import fc from 'fast-check';
import { beforeEach, describe, expect, it, type Mock, vi } from 'vitest';
import { dispatch, type Handlers } from '../../../electron/main/ipc/dispatch';
import { registerIpc } from '../../../electron/main/ipc/register';
import { ipcMain, resetElectronMock } from '../mocks/electron';
import { workbookDataArb } from '../storage/arbitraries';

vi.mock('electron', () => import('../mocks/electron'));

const APP = 'app://crossroads';

type SpyTable = Record<Channel, Mock<(request: unknown) => Promise<unknown>>>;

/** One spy per channel; each resolves to a marker so a run is visible in the result too. */
const spyTable = (): SpyTable =>
  Object.fromEntries(
    CHANNELS.map((c) => [c, vi.fn(async (_request: unknown) => ({ ranFor: c }))]),
  ) as SpyTable;

const totalCalls = (spies: SpyTable) =>
  Object.values(spies).reduce((sum, spy) => sum + spy.mock.calls.length, 0);

/** A valid request and what the handler must receive for it (unknown keys dropped). */
type Valid = { payload: unknown; received: unknown };

/** A channel's fuzz case: valid requests, and requests a known mutation made invalid. */
type FuzzCase = { valid: fc.Arbitrary<Valid>; invalid: fc.Arbitrary<unknown> };

const same = (payload: unknown): Valid => ({ payload, received: payload });

/** Strings of `min`…`max` UTF-16 units (one unit per character), both ends included. */
const text = (min: number, max: number) =>
  fc.oneof(
    fc.string({ minLength: min, maxLength: Math.min(max, 60) }),
    fc.constant('x'.repeat(min)),
    fc.constant('y'.repeat(max)),
  );

/** Anything that is not a string. */
const notString = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);

/** Payloads that are not a plain object at all. */
const notObject = fc.oneof(
  fc.constantFrom(undefined, null, '', 'request', 0, 42, true),
  fc.array(fc.anything(), { maxLength: 3 }),
);

/** A key no request has. */
const unknownKey = fc.constantFrom('extra', 'path', 'file', 'admin', 'then');

/** The channels that take no request: exactly `undefined` is valid. */
const none: FuzzCase = {
  valid: fc.constant(same(undefined)),
  invalid: fc.anything().filter((v) => v !== undefined),
};

/**
 * `{ [key]: string of min…max }`, strict (no other key): too short, too long,
 * not a string, missing, an unknown key added, or not an object.
 */
const oneString = (key: string, min: number, max: number): FuzzCase => ({
  valid: text(min, max).map((v) => same({ [key]: v })),
  invalid: fc.oneof(
    fc.constantFrom({ [key]: 'x'.repeat(min - 1) }, { [key]: 'z'.repeat(max + 1) }, {}),
    notString.map((v) => ({ [key]: v })),
    fc
      .tuple(text(min, max), unknownKey, fc.anything())
      .map(([v, k, extra]) => ({ [key]: v, [k]: extra })),
    notObject,
  ),
});

/**
 * Workbook snapshots broken in a way the records schema names: no workbook,
 * an empty workbook name, a record list that is not a list, a list missing,
 * or not an object.
 */
const brokenWorkbookData: fc.Arbitrary<unknown> = fc.oneof(
  workbookDataArb.map(({ workbook: _dropped, ...rest }) => rest),
  workbookDataArb.map((d) => ({ ...d, workbook: { ...d.workbook, name: '' } })),
  workbookDataArb.map((d) => ({ ...d, offers: 'none' })),
  workbookDataArb.map(({ mockAnswers: _dropped, ...rest }) => rest),
  notObject,
);

const workbookData: FuzzCase = { valid: workbookDataArb.map(same), invalid: brokenWorkbookData };

/** Suggested CSV names: 1–120 units, no slash or backslash, ending ".csv". */
const csvName = fc.oneof(
  fc
    .string({ minLength: 1, maxLength: 40 })
    .filter((s) => !/[/\\]/.test(s))
    .map((s) => `${s}.csv`),
  fc.constant(`${'n'.repeat(116)}.csv`),
);
const CSV_MAX = 2_000_000;

/**
 * The fuzz cases, one per channel, written by hand from the contract's documented
 * rules. A channel added to `CHANNELS` without one fails to compile and fails below.
 */
const CASES: Record<Channel, FuzzCase> = {
  'app:getInfo': none,
  'templates:list': none,
  'sample:load': none,
  'workbook:load': none,
  'workbook:save': workbookData,
  'workbook:startNew': workbookData,
  'workbook:confirmPending': oneString('pendingFile', 1, 300),
  'workbook:discardPending': oneString('pendingFile', 1, 300),
  'workbook:saveAs': {
    valid: fc
      .tuple(workbookDataArb, text(1, 200))
      .map(([data, defaultName]) => same({ data, defaultName })),
    invalid: fc.oneof(
      fc
        .tuple(workbookDataArb, fc.constantFrom('', 'd'.repeat(201)))
        .map(([data, defaultName]) => ({ data, defaultName })),
      brokenWorkbookData.map((data) => ({ data, defaultName: 'Copy' })),
      workbookDataArb.map((data) => ({ data })),
      workbookDataArb.map((data) => ({ data, defaultName: 'Copy', extra: true })),
      notObject,
    ),
  },
  'workbook:pickOpen': none,
  'workbook:confirmOpen': oneString('token', 1, 100),
  'workbook:exportAll': none,
  'backups:list': none,
  'backups:restore': oneString('id', 1, 200),
  'backups:pin': {
    valid: fc.oneof(
      fc.constantFrom('before-upgrade', 'before-open', 'manual').map((reason) => same({ reason })),
      fc
        .tuple(fc.constantFrom('before-upgrade', 'before-open', 'manual'), workbookDataArb)
        .map(([reason, data]) => same({ reason, data })),
    ),
    invalid: fc.oneof(
      // Reasons a backup may carry but the renderer may not ask for, and junk.
      fc
        .constantFrom('before-restore', 'before-delete', 'before-new', 'automatic', '', 'MANUAL')
        .map((reason) => ({ reason })),
      fc.constant({}),
      // `data` is optional, so leaving it undefined is a valid request, not a broken one.
      brokenWorkbookData
        .filter((data) => data !== undefined)
        .map((data) => ({ reason: 'manual', data })),
      fc.constant({ reason: 'manual', data: null }),
      fc.constant({ reason: 'manual', extra: 1 }),
      notObject,
    ),
  },
  'shell:openExternal': oneString('url', 1, 2048),
  'shell:showDataFolder': none,
  'pdf:export': {
    valid: fc.constantFrom('letter', 'a4').map((paperSize) => same({ paperSize })),
    invalid: fc.oneof(
      fc.constantFrom('A4', 'legal', 'Letter', '', 4).map((paperSize) => ({ paperSize })),
      fc.constant({}),
      fc.constant({ paperSize: 'a4', landscape: true }),
      notObject,
    ),
  },
  'pdf:prepare': none,
  'letter:open': none,
  'pdf:openLast': none,
  'pdf:showLast': none,
  // Not strict: an unknown key is dropped before the handler, not refused.
  'csv:export': {
    valid: fc.oneof(
      fc
        .tuple(fc.oneof(fc.string({ maxLength: 200 }), fc.constant('c'.repeat(CSV_MAX))), csvName)
        .map(([csv, suggestedName]) => same({ csv, suggestedName })),
      fc
        .tuple(fc.string({ maxLength: 50 }), csvName, unknownKey)
        .map(([csv, suggestedName, k]) => ({
          payload: { csv, suggestedName, [k]: 'ignored' },
          received: { csv, suggestedName },
        })),
    ),
    invalid: fc.oneof(
      fc
        .constantFrom(
          '',
          'summary.txt',
          'summary',
          '.csv',
          'folder/summary.csv',
          'folder\\summary.csv',
          `${'n'.repeat(117)}.csv`,
        )
        .map((suggestedName) => ({ csv: 'a,b', suggestedName })),
      fc.constant({ csv: 'c'.repeat(CSV_MAX + 1), suggestedName: 'big.csv' }),
      notString.map((csv) => ({ csv, suggestedName: 'x.csv' })),
      fc.constant({ suggestedName: 'x.csv' }),
      fc.constant({ csv: 'a,b' }),
      notObject,
    ),
  },
};

/** Channels that take no request, listed by hand: 12 of the 23. */
const NO_REQUEST: readonly Channel[] = [
  'app:getInfo',
  'templates:list',
  'sample:load',
  'workbook:load',
  'workbook:pickOpen',
  'workbook:exportAll',
  'backups:list',
  'shell:showDataFolder',
  'pdf:prepare',
  'letter:open',
  'pdf:openLast',
  'pdf:showLast',
];

/** Payload shapes an attacker might send: anything, JSON-ish, and near-misses of real requests. */
const hostilePayload = fc.oneof(
  fc.anything({
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
  }),
  fc.jsonValue(),
  fc.record({ url: fc.anything() }),
  fc.record({ token: fc.oneof(fc.string({ maxLength: 200 }), fc.anything()) }),
  fc.record({ id: fc.oneof(fc.string({ maxLength: 300 }), fc.anything()) }),
  fc.record({ pendingFile: fc.oneof(fc.string({ maxLength: 400 }), fc.anything()) }),
  fc.record({ data: fc.anything(), defaultName: fc.anything() }),
  fc.constantFrom(
    undefined,
    null,
    '',
    '__proto__',
    { __proto__: { polluted: true } },
    JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
    { constructor: { prototype: { polluted: true } } },
    'x'.repeat(100_000),
  ),
);

let spies: SpyTable;
beforeEach(() => {
  resetElectronMock();
  spies = spyTable();
});

describe('the fuzz cases cover the contract', () => {
  it('has one case for each of the 23 channels, and no case for a channel that is gone', () => {
    // 23, counted by hand in shared/ipc/channels.ts: app 1, templates 1, sample 1, workbook 9,
    // backups 3, shell 2, pdf 4, letter 1, csv 1.
    expect(CHANNELS).toHaveLength(23);
    expect(Object.keys(CASES).sort()).toEqual([...CHANNELS].sort());
    expect(NO_REQUEST.filter((c) => CASES[c] !== none)).toEqual([]);
    expect(CHANNELS.filter((c) => CASES[c] === none).sort()).toEqual([...NO_REQUEST].sort());
  });
});

describe('dispatch, every channel, payloads whose outcome is known by construction', () => {
  for (const channel of CHANNELS) {
    const { valid, invalid } = CASES[channel];

    it(`${channel}: a valid request runs its handler once, with the request`, async () => {
      await fc.assert(
        fc.asyncProperty(valid, async ({ payload, received }) => {
          spies = spyTable();
          const logError = vi.fn();
          const result = await dispatch(spies as unknown as Handlers, channel, payload, logError);
          expect(result).toEqual({ ok: true, data: { ranFor: channel } });
          expect(spies[channel]).toHaveBeenCalledTimes(1);
          expect(spies[channel]).toHaveBeenCalledWith(received);
          expect(totalCalls(spies)).toBe(1);
          expect(logError).not.toHaveBeenCalled();
        }),
        { numRuns: 60 },
      );
    });

    it(`${channel}: a request made invalid is refused and runs nothing`, async () => {
      await fc.assert(
        fc.asyncProperty(invalid, async (payload) => {
          spies = spyTable();
          const result = await dispatch(spies as unknown as Handlers, channel, payload);
          expect(result.ok).toBe(false);
          if (!result.ok) {
            expect(result.error.code).toBe('invalid-request');
            // A sentence of bounded size, never the payload echoed back.
            expect(result.error.message.length).toBeLessThan(300);
          }
          expect(totalCalls(spies)).toBe(0);
        }),
        { numRuns: 60 },
      );
    });
  }
});

describe('dispatch, every channel, arbitrary payloads', () => {
  it('either runs exactly that channel’s handler or refuses as invalid and runs none', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CHANNELS), hostilePayload, async (channel, payload) => {
        spies = spyTable();
        const logError = vi.fn();
        const result = await dispatch(spies as unknown as Handlers, channel, payload, logError);
        if (result.ok) {
          expect(result.data).toEqual({ ranFor: channel });
          expect(spies[channel]).toHaveBeenCalledTimes(1);
          expect(totalCalls(spies)).toBe(1);
        } else {
          expect(result.error.code).toBe('invalid-request');
          expect(totalCalls(spies)).toBe(0);
        }
        expect(logError).not.toHaveBeenCalled();
      }),
      { numRuns: 1500 },
    );
    // Nothing leaked onto Object.prototype from the __proto__ payloads.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers unknown-channel for any other channel name and runs nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.anything(),
          fc.constantFrom('__proto__', 'constructor', 'toString', 'APP:GETINFO', ' app:getInfo'),
        ),
        hostilePayload,
        async (channel, payload) => {
          fc.pre(!(CHANNELS as readonly unknown[]).includes(channel));
          spies = spyTable();
          const result = await dispatch(spies as unknown as Handlers, channel, payload);
          expect(result).toEqual({
            ok: false,
            error: { code: 'unknown-channel', message: 'Unknown request.' },
          });
          expect(totalCalls(spies)).toBe(0);
        },
      ),
    );
  });
});

/** Sender frames that are not the app's own top-level page. */
const foreignFrame = fc.oneof(
  // A top-level frame on any web origin or junk URL.
  fc
    .oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.string(),
      fc.constantFrom(
        'app://crossroads.evil.com/index.html',
        'app://evil.com/crossroads',
        'app://crossroads@evil.com/',
        'app://crossroads:1/',
        'file:///index.html',
        'about:blank',
        'data:text/html,hi',
        'http://127.0.0.1:5173/',
      ),
    )
    .filter((url) => {
      try {
        const u = new URL(url);
        return !(u.protocol === 'app:' && u.host === 'crossroads');
      } catch {
        return true;
      }
    })
    .map((url) => ({ senderFrame: { url, parent: null } })),
  // A sub-frame, even one claiming the app URL.
  fc
    .tuple(fc.constantFrom(`${APP}/index.html`, `${APP}/`), fc.anything())
    .filter(([, parent]) => parent !== null)
    .map(([url, parent]) => ({ senderFrame: { url, parent } })),
  // No frame at all (destroyed or navigated away).
  fc.constantFrom({ senderFrame: null }, { senderFrame: undefined }, {}),
);

describe('registerIpc, every channel, foreign senders', () => {
  it('refuses a foreign or sub-frame sender on every channel, whatever the payload', async () => {
    registerIpc(spies as unknown as Handlers, [APP]);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...CHANNELS),
        foreignFrame,
        hostilePayload,
        async (channel, event, payload) => {
          const result = await ipcMain.invoke(channel, event, payload);
          expect(result).toEqual({
            ok: false,
            error: { code: 'forbidden', message: 'Request refused.' },
          });
        },
      ),
      { numRuns: 1000 },
    );
    expect(totalCalls(spies)).toBe(0);
  });

  it('still runs a valid request from the app page on every channel (the gate is not closed to everyone)', async () => {
    registerIpc(spies as unknown as Handlers, [APP]);
    const event = { senderFrame: { url: `${APP}/index.html`, parent: null } };
    for (const channel of CHANNELS) {
      const [valid] = fc.sample(CASES[channel].valid, { numRuns: 1, seed: 1 });
      await expect(ipcMain.invoke(channel, event, valid?.payload), channel).resolves.toEqual({
        ok: true,
        data: { ranFor: channel },
      });
    }
    expect(totalCalls(spies)).toBe(CHANNELS.length);
  });
});
