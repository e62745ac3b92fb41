import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './api';
import { isWebLink, NOT_OPENED_MESSAGE, openExternalLink } from './externalLink';

/** Puts a bridge on `window` whose shell.openExternal answers `answer`. */
const bridgeAnswering = (answer: unknown) => {
  const openExternal = vi.fn(async (_request: { url: string }) => answer);
  vi.stubGlobal('window', { crossroads: { shell: { openExternal } } });
  return openExternal;
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('isWebLink', () => {
  it('offers https and mailto addresses only, whatever their case or surrounding spaces', () => {
    expect(isWebLink('https://example.com/a')).toBe(true);
    expect(isWebLink('  HTTPS://example.com ')).toBe(true);
    expect(isWebLink('mailto:me@example.com')).toBe(true);
    expect(isWebLink('http://example.com')).toBe(false);
    expect(isWebLink('C:\\Users\\me\\deck.pdf')).toBe(false);
    expect(isWebLink('javascript:alert(1)')).toBe(false);
  });
});

describe('openExternalLink', () => {
  it('asks main to open the trimmed address and resolves once it has', async () => {
    const openExternal = bridgeAnswering({ ok: true, data: { opened: true } });
    await expect(openExternalLink(' https://example.com/x ')).resolves.toBeUndefined();
    expect(openExternal).toHaveBeenCalledWith({ url: 'https://example.com/x' });
  });

  it('rejects with a sentence for the user when main declines the address', async () => {
    bridgeAnswering({ ok: true, data: { opened: false } });
    const err = await openExternalLink('https://example.com').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).message).toBe(NOT_OPENED_MESSAGE);
  });

  it('passes on main’s own error when the request fails', async () => {
    bridgeAnswering({ ok: false, error: { code: 'invalid-request', message: 'Too long.' } });
    await expect(openExternalLink('https://example.com')).rejects.toThrow('Too long.');
  });
});
