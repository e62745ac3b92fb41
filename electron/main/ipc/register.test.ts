import { CHANNELS } from '@shared/ipc/channels';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcMain, resetElectronMock } from '../../../tests/unit/mocks/electron';
import type { Handlers } from './dispatch';
import { registerIpc } from './register';

vi.mock('electron', () => import('../../../tests/unit/mocks/electron'));

const APP = 'app://crossroads';
const INFO = {
  name: 'Crossroads',
  version: '1.0.0',
  electron: '45.5.0',
  chrome: '140.0.0',
  node: '22.0.0',
  platform: 'linux',
  dataDir: '/data',
};

const fakeHandlers = () => ({
  'app:getInfo': vi.fn(async () => INFO),
  'templates:list': vi.fn(async () => ({ templates: [], problems: [] })),
  'sample:load': vi.fn(async () => {
    throw new Error('not used');
  }),
  'shell:openExternal': vi.fn(async (_req: { url: string }) => ({ opened: true })),
  'shell:showDataFolder': vi.fn(async () => ({ shown: true })),
});

let handlers: ReturnType<typeof fakeHandlers>;
let unregister: () => void;
beforeEach(() => {
  resetElectronMock();
  handlers = fakeHandlers();
  unregister = registerIpc(handlers as unknown as Handlers, [APP]);
});

const top = (url: string) => ({ senderFrame: { url, parent: null } });
const noHandlerRan = () => {
  for (const fn of Object.values(handlers)) expect(fn).not.toHaveBeenCalled();
};

describe('registerIpc', () => {
  it('registers exactly the channels in CHANNELS', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('runs the handler for a call from the app page', async () => {
    const res = await ipcMain.invoke('app:getInfo', top(`${APP}/index.html`), undefined);
    expect(res).toEqual({ ok: true, data: INFO });
    expect(handlers['app:getInfo']).toHaveBeenCalledTimes(1);
  });

  it('passes the parsed request to the handler', async () => {
    const res = await ipcMain.invoke('shell:openExternal', top(`${APP}/`), {
      url: 'https://example.com/',
    });
    expect(res).toEqual({ ok: true, data: { opened: true } });
    expect(handlers['shell:openExternal']).toHaveBeenCalledWith({ url: 'https://example.com/' });
  });

  const refusedFrames: [string, unknown][] = [
    ['another origin', { url: 'https://evil.com/index.html', parent: null }],
    ['a look-alike host', { url: 'app://crossroads.evil.com/index.html', parent: null }],
    ['another app host', { url: 'app://other/index.html', parent: null }],
    ['the dev server when not allowed', { url: 'http://localhost:5173/', parent: null }],
    ['a file page', { url: 'file:///index.html', parent: null }],
    ['an unparsable URL', { url: 'not a url', parent: null }],
    ['a sub-frame of the app', { url: `${APP}/index.html`, parent: { url: `${APP}/index.html` } }],
    ['a null frame (navigated away or destroyed)', null],
    ['no frame at all', undefined],
  ];
  for (const [label, senderFrame] of refusedFrames) {
    it(`refuses ${label} and never reaches a handler`, async () => {
      for (const channel of CHANNELS) {
        const payload =
          channel === 'shell:openExternal' ? { url: 'https://example.com/' } : undefined;
        const res = await ipcMain.invoke(channel, { senderFrame }, payload);
        expect(res, channel).toEqual({
          ok: false,
          error: { code: 'forbidden', message: 'Request refused.' },
        });
      }
      noHandlerRan();
    });
  }

  it('refuses an event without a senderFrame property', async () => {
    const res = await ipcMain.invoke('app:getInfo', {}, undefined);
    expect(res).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    noHandlerRan();
  });

  const malformed: [string, unknown][] = [
    ['shell:openExternal', undefined],
    ['shell:openExternal', 'https://example.com/'],
    ['shell:openExternal', { url: 42 }],
    ['shell:openExternal', { url: '' }],
    // 2049 characters: one over the contract's max of 2048.
    ['shell:openExternal', { url: `https://a.com/${'x'.repeat(2049 - 'https://a.com/'.length)}` }],
    ['app:getInfo', { sneaky: true }],
    ['app:getInfo', 'hello'],
    ['shell:showDataFolder', null],
  ];
  for (const [channel, payload] of malformed) {
    it(`answers invalid-request for ${channel} with ${JSON.stringify(payload)?.slice(0, 40)}`, async () => {
      const res = await ipcMain.invoke(channel, top(`${APP}/index.html`), payload);
      expect(res).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
      noHandlerRan();
    });
  }

  it('removes every handler again', () => {
    unregister();
    expect(ipcMain.handlers.size).toBe(0);
    expect(ipcMain.removeHandler).toHaveBeenCalledTimes(CHANNELS.length);
  });
});
