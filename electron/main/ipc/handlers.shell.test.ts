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

describe('pdf:openLast and pdf:showLast', () => {
  /** Ports with a printer that "prints" and a save dialog answering `path`. */
  const exporting = (path: string | null) => {
    const base = ports();
    const openPath = vi.fn(async (_p: string) => '');
    const p = {
      ...base.ports,
      documentsDir: '/docs',
      dialogs: { showSave: async () => path, showOpen: async () => null },
      printPdf: async () => new Uint8Array([37, 80, 68, 70]),
      writeFile: async () => {},
      openPath,
    } as unknown as Ports;
    return { handlers: createHandlers(p), openPath, showItemInFolder: base.showItemInFolder };
  };

  it('refuse before any export, with a sentence', async () => {
    const { handlers, openPath } = exporting('/out/a.pdf');
    await expect(handlers['pdf:openLast'](undefined)).rejects.toThrow(
      'No PDF has been exported yet in this session.',
    );
    await expect(handlers['pdf:showLast'](undefined)).rejects.toBeInstanceOf(HandlerError);
    expect(openPath).not.toHaveBeenCalled();
  });

  it('open and show the file main wrote last (shell.openPath, shell.showItemInFolder)', async () => {
    const { handlers, openPath, showItemInFolder } = exporting('/out/summary.pdf');
    expect(await handlers['pdf:export']({ paperSize: 'letter' })).toMatchObject({
      kind: 'saved',
      path: '/out/summary.pdf',
    });
    expect(await handlers['pdf:openLast'](undefined)).toEqual({ opened: true });
    expect(openPath).toHaveBeenCalledWith('/out/summary.pdf');
    expect(await handlers['pdf:showLast'](undefined)).toEqual({ shown: true });
    expect(showItemInFolder).toHaveBeenCalledWith('/out/summary.pdf');
  });

  it('say why when the system cannot open the file', async () => {
    const { handlers, openPath } = exporting('/out/summary.pdf');
    openPath.mockResolvedValueOnce('No application is set to open PDF files.');
    await handlers['pdf:export']({ paperSize: 'a4' });
    await expect(handlers['pdf:openLast'](undefined)).rejects.toThrow(
      'The PDF could not be opened: No application is set to open PDF files. It is saved at “/out/summary.pdf”.',
    );
  });
});

describe('csv:export', () => {
  it('writes the text after the save dialog, or nothing when cancelled', async () => {
    const writes: [string, string][] = [];
    const make = (answer: string | null) =>
      createHandlers({
        ...ports().ports,
        documentsDir: '/docs',
        dialogs: { showSave: async () => answer, showOpen: async () => null },
        writeFile: async (path: string, data: Uint8Array) => {
          writes.push([path, new TextDecoder().decode(data)]);
        },
      } as unknown as Ports);
    expect(await make(null)['csv:export']({ csv: 'a,b\r\n', suggestedName: 'offers.csv' })).toEqual(
      { kind: 'cancelled' },
    );
    expect(writes).toEqual([]);
    expect(
      await make('/out/offers.csv')['csv:export']({ csv: 'a,b\r\n', suggestedName: 'offers.csv' }),
    ).toEqual({ kind: 'saved', path: '/out/offers.csv', bytes: 5 });
    expect(writes).toEqual([['/out/offers.csv', 'a,b\r\n']]);
  });

  it('explains a folder that cannot be written to', async () => {
    const handlers = createHandlers({
      ...ports().ports,
      documentsDir: '/docs',
      dialogs: { showSave: async () => '/sys/x.csv', showOpen: async () => null },
      writeFile: async () => {
        throw Object.assign(new Error('denied'), { code: 'EACCES' });
      },
    } as unknown as Ports);
    await expect(handlers['csv:export']({ csv: 'x', suggestedName: 'x.csv' })).rejects.toThrow(
      'The CSV file could not be saved to “/sys/x.csv”: that folder cannot be written to. Choose another folder.',
    );
  });
});
