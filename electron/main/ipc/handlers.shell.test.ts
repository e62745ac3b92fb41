import { describe, expect, it, type Mock, vi } from 'vitest';
import { HandlerError } from './dispatch';
import { createHandlers, type Ports } from './handlers';

/**
 * Only the ports the shell and app-info handlers touch; the others (store,
 * dialogs, folders) belong to the workbook handler tests.
 */
const ports = () => {
  const openExternal: Mock<(url: string) => Promise<void>> = vi.fn(async (_url: string) => {});
  const showItemInFolder: Mock<(path: string) => void> = vi.fn((_path: string) => {});
  const partial = {
    appInfo: () => ({
      name: 'Crossroads',
      version: '1.0.0',
      electron: '45.5.0',
      chrome: '140',
      node: '22',
      platform: 'linux',
      dataDir: '/data',
    }),
    resourcesDir: '/nowhere',
    dataDir: '/data',
    openExternal,
    showItemInFolder,
    now: () => new Date('2025-01-01T00:00:00Z'),
  };
  return { ports: partial as unknown as Ports, openExternal, showItemInFolder };
};

describe('pdf:prepare', () => {
  it('opens the print page ahead when the app has a printer that can', async () => {
    const preparePrint = vi.fn();
    const p = { ...ports().ports, preparePrint } as Ports;
    expect(await createHandlers(p)['pdf:prepare'](undefined)).toEqual({ preparing: true });
    expect(preparePrint).toHaveBeenCalledTimes(1);
  });

  it('answers without one', async () => {
    expect(await createHandlers(ports().ports)['pdf:prepare'](undefined)).toEqual({
      preparing: false,
    });
  });
});

describe('shell:openExternal', () => {
  it('opens a vetted https link, normalised', async () => {
    const { ports: p, openExternal } = ports();
    expect(await createHandlers(p)['shell:openExternal']({ url: 'HTTPS://Example.com' })).toEqual({
      opened: true,
    });
    expect(openExternal).toHaveBeenCalledWith('https://example.com/');
  });

  it('refuses a dangerous link with a HandlerError and never reaches the shell', async () => {
    const { ports: p, openExternal } = ports();
    const handlers = createHandlers(p);
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'http://example.com',
      'https://u:p@x.com',
    ]) {
      const err = await handlers['shell:openExternal']({ url }).catch((e: unknown) => e);
      expect(err, url).toBeInstanceOf(HandlerError);
      expect((err as HandlerError).code, url).toBe('refused-url');
    }
    expect(openExternal).not.toHaveBeenCalled();
  });
});

describe('shell:showDataFolder and app:getInfo', () => {
  it('shows the data folder', async () => {
    const { ports: p, showItemInFolder } = ports();
    expect(await createHandlers(p)['shell:showDataFolder'](undefined)).toEqual({ shown: true });
    expect(showItemInFolder).toHaveBeenCalledWith('/data');
  });

  it('returns the app info from its port', async () => {
    const { ports: p } = ports();
    expect(await createHandlers(p)['app:getInfo'](undefined)).toMatchObject({
      name: 'Crossroads',
      dataDir: '/data',
    });
  });
});
