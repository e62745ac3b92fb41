import { CHANNELS } from '@shared/ipc/channels';
import { describe, expect, it, vi } from 'vitest';
import { BAD_RESPONSE_MESSAGE, dispatch, HandlerError, type Handlers, isChannel } from './dispatch';

const GENERIC = 'Something went wrong in the app. Your saved data is unchanged.';

const makeHandlers = (
  overrides: Partial<Record<string, (req: unknown) => Promise<unknown>>> = {},
) => {
  const base: Record<string, (req: unknown) => Promise<unknown>> = {
    'app:getInfo': async () => ({ name: 'x' }),
    'templates:list': async () => ({ templates: [], problems: [] }),
    'sample:load': async () => ({}),
    'shell:openExternal': async () => ({ opened: true }),
    'shell:showDataFolder': async () => ({ shown: true }),
  };
  const all = { ...base, ...overrides };
  const spied = Object.fromEntries(Object.entries(all).map(([k, fn]) => [k, vi.fn(fn)]));
  return spied as unknown as Handlers & Record<string, ReturnType<typeof vi.fn>>;
};

describe('isChannel', () => {
  it('accepts every declared channel', () => {
    for (const channel of CHANNELS) expect(isChannel(channel), channel).toBe(true);
  });

  it('rejects everything else, including Object.prototype names', () => {
    for (const value of [
      'app:quit',
      'APP:GETINFO',
      '',
      'constructor',
      '__proto__',
      'toString',
      42,
      null,
      undefined,
      {},
    ]) {
      expect(isChannel(value), String(value)).toBe(false);
    }
  });
});

describe('dispatch', () => {
  it('returns the handler data on success', async () => {
    const handlers = makeHandlers();
    expect(await dispatch(handlers, 'shell:showDataFolder', undefined)).toEqual({
      ok: true,
      data: { shown: true },
    });
  });

  it('answers unknown-channel without running anything', async () => {
    const handlers = makeHandlers();
    for (const channel of ['nope:nothing', 'constructor', '__proto__', 7, undefined]) {
      expect(await dispatch(handlers, channel, undefined)).toEqual({
        ok: false,
        error: { code: 'unknown-channel', message: 'Unknown request.' },
      });
    }
    for (const fn of Object.values(handlers)) expect(fn).not.toHaveBeenCalled();
  });

  it('answers invalid-request with the first issue and its path, without running the handler', async () => {
    const handlers = makeHandlers();
    const res = await dispatch(handlers, 'shell:openExternal', { url: 5 });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe('invalid-request');
    // The failing field is `url`, so the message ends with "(at url)".
    expect(res.error.message).toMatch(/\(at url\)$/);
    expect(handlers['shell:openExternal']).not.toHaveBeenCalled();
  });

  it('refuses a request with unknown extra keys instead of dropping them (#18 item 9)', async () => {
    const handlers = makeHandlers();
    const res = await dispatch(handlers, 'shell:openExternal', {
      url: 'https://example.com/',
      extra: 'smuggled',
    });
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(handlers['shell:openExternal']).not.toHaveBeenCalled();
  });

  it('hands the handler the parsed request', async () => {
    const handlers = makeHandlers();
    await dispatch(handlers, 'shell:openExternal', { url: 'https://example.com/' });
    expect(handlers['shell:openExternal']).toHaveBeenCalledWith({ url: 'https://example.com/' });
  });

  it('maps a HandlerError to its code and message and does not log it', async () => {
    const log = vi.fn();
    const handlers = makeHandlers({
      'sample:load': async () => {
        throw new HandlerError('bad-sample', 'The sample is damaged.');
      },
    });
    expect(await dispatch(handlers, 'sample:load', undefined, log)).toEqual({
      ok: false,
      error: { code: 'bad-sample', message: 'The sample is damaged.' },
    });
    expect(log).not.toHaveBeenCalled();
  });

  it('hides an unexpected error behind a generic message and logs it', async () => {
    const log = vi.fn();
    const boom = new Error('EACCES: permission denied, open /home/me/secret');
    const handlers = makeHandlers({
      'templates:list': async () => {
        throw boom;
      },
    });
    const res = await dispatch(handlers, 'templates:list', undefined, log);
    expect(res).toEqual({ ok: false, error: { code: 'internal', message: GENERIC } });
    expect(JSON.stringify(res)).not.toContain('secret');
    expect(log).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith(boom);
  });

  it('treats a thrown non-Error the same way', async () => {
    const log = vi.fn();
    const handlers = makeHandlers({
      'app:getInfo': async () => {
        throw 'raw string';
      },
    });
    expect(await dispatch(handlers, 'app:getInfo', undefined, log)).toEqual({
      ok: false,
      error: { code: 'internal', message: GENERIC },
    });
    expect(log).toHaveBeenCalledWith('raw string');
  });

  it('logs to console.error when no logger is given', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const boom = new Error('boom');
    const handlers = makeHandlers({
      'app:getInfo': async () => {
        throw boom;
      },
    });
    await dispatch(handlers, 'app:getInfo', undefined);
    expect(spy).toHaveBeenCalledWith(boom);
    spy.mockRestore();
  });

  it('never rejects', async () => {
    const handlers = makeHandlers({
      'app:getInfo': () => Promise.reject(new TypeError('x')),
    });
    await expect(dispatch(handlers, 'app:getInfo', undefined, () => {})).resolves.toMatchObject({
      ok: false,
    });
  });
});

describe('HandlerError', () => {
  it('carries its code and a readable name', () => {
    const err = new HandlerError('refused-url', 'No.');
    expect(err).toBeInstanceOf(Error);
    expect([err.code, err.message, err.name]).toEqual(['refused-url', 'No.', 'HandlerError']);
  });
});

describe('dispatch with checkResponses (development and tests)', () => {
  const check = { checkResponses: true };

  it("passes an answer that matches the channel's response schema through unchanged", async () => {
    const handlers = makeHandlers();
    const logError = vi.fn();
    expect(await dispatch(handlers, 'shell:showDataFolder', undefined, logError, check)).toEqual({
      ok: true,
      data: { shown: true },
    });
    expect(logError).not.toHaveBeenCalled();
  });

  it('turns an answer that breaks the contract into a bad-response error and logs which channel', async () => {
    // `shown` must be a boolean; a string is outside the contract.
    const handlers = makeHandlers({ 'shell:showDataFolder': async () => ({ shown: 'yes' }) });
    const logError = vi.fn();
    expect(await dispatch(handlers, 'shell:showDataFolder', undefined, logError, check)).toEqual({
      ok: false,
      error: { code: 'bad-response', message: BAD_RESPONSE_MESSAGE },
    });
    expect(logError).toHaveBeenCalledTimes(1);
    expect(String(logError.mock.calls[0]?.[0])).toContain('shell:showDataFolder');
    expect(String(logError.mock.calls[0]?.[0])).toContain('(at shown)');
  });

  it('leaves answers unchecked without the option (packaged builds)', async () => {
    const handlers = makeHandlers({ 'shell:showDataFolder': async () => ({ shown: 'yes' }) });
    expect(await dispatch(handlers, 'shell:showDataFolder', undefined)).toEqual({
      ok: true,
      data: { shown: 'yes' },
    });
  });
});
