/**
 * Property tests over EVERY IPC channel: arbitrary payloads go through the
 * real `dispatch` (and through `registerIpc` with arbitrary sender frames)
 * against a handler table of spies. A handler may run only for a payload the
 * contract's zod schema accepts, from the app's own top-level frame; anything
 * else gets an error result and no handler runs (so nothing can be written,
 * opened or shown). Must not use real handlers or touch the file system.
 */

import { CHANNELS, type Channel } from '@shared/ipc/channels';
import { contract } from '@shared/ipc/contract';
import fc from 'fast-check';
import { beforeEach, describe, expect, it, type Mock, vi } from 'vitest';
import { dispatch, type Handlers } from '../../../electron/main/ipc/dispatch';
import { registerIpc } from '../../../electron/main/ipc/register';
import { ipcMain, resetElectronMock } from '../mocks/electron';

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

describe('dispatch, every channel, arbitrary payloads', () => {
  it('runs the channel handler exactly when the contract accepts the payload, else none', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CHANNELS), hostilePayload, async (channel, payload) => {
        spies = spyTable();
        const logError = vi.fn();
        const accepted = contract[channel].request.safeParse(payload).success;
        const result = await dispatch(spies as unknown as Handlers, channel, payload, logError);
        if (accepted) {
          expect(result).toEqual({ ok: true, data: { ranFor: channel } });
          expect(spies[channel]).toHaveBeenCalledTimes(1);
          expect(totalCalls(spies)).toBe(1);
        } else {
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.error.code).toBe('invalid-request');
          expect(totalCalls(spies)).toBe(0);
        }
        expect(logError).not.toHaveBeenCalled();
      }),
      { numRuns: 1500 },
    );
    // Nothing leaked onto Object.prototype from the __proto__ payloads.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses every non-undefined payload on the channels that take no request', async () => {
    const noRequest = CHANNELS.filter((c) => contract[c].request.safeParse(undefined).success);
    // Read from the contract so the list follows it. Today: app:getInfo, templates:list,
    // sample:load, workbook:load, workbook:pickOpen, workbook:exportAll, backups:list,
    // shell:showDataFolder = 8 channels.
    expect(noRequest.length).toBeGreaterThanOrEqual(8);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...noRequest),
        fc.anything().filter((v) => v !== undefined),
        async (channel, payload) => {
          spies = spyTable();
          const result = await dispatch(spies as unknown as Handlers, channel, payload);
          expect(result.ok).toBe(false);
          expect(totalCalls(spies)).toBe(0);
        },
      ),
    );
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

  it('accepts a real request on each channel that takes one (so the properties are not vacuous)', async () => {
    const valid: Partial<Record<Channel, unknown>> = {
      'shell:openExternal': { url: 'https://www.amazon.jobs/' },
      'backups:restore': { id: 'workbook-2025.json' },
      'workbook:confirmOpen': { token: 'abc' },
      'workbook:confirmPending': { pendingFile: 'pending.json' },
      'workbook:discardPending': { pendingFile: 'pending.json' },
    };
    for (const [channel, payload] of Object.entries(valid) as [Channel, unknown][]) {
      spies = spyTable();
      const result = await dispatch(spies as unknown as Handlers, channel, payload);
      expect(result, channel).toEqual({ ok: true, data: { ranFor: channel } });
    }
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

  it('still runs a valid request from the app page (the gate is not closed to everyone)', async () => {
    registerIpc(spies as unknown as Handlers, [APP]);
    const event = { senderFrame: { url: `${APP}/index.html`, parent: null } };
    for (const channel of CHANNELS) {
      const valid = contract[channel].request.safeParse(undefined).success;
      if (!valid) continue;
      await expect(ipcMain.invoke(channel, event, undefined)).resolves.toEqual({
        ok: true,
        data: { ranFor: channel },
      });
    }
  });
});
