import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Menu, resetElectronMock } from '../../tests/unit/mocks/electron';
import { installMenu, menuTemplate } from './menu';

vi.mock('electron', () => import('../../tests/unit/mocks/electron'));

beforeEach(() => resetElectronMock());

const label = (item: MenuItemConstructorOptions) => item.label?.replace('&', '');
const submenu = (item: MenuItemConstructorOptions | undefined) =>
  (Array.isArray(item?.submenu) ? item.submenu : []) as MenuItemConstructorOptions[];

describe('menuTemplate', () => {
  it('has File, Edit, View, Help in that order', () => {
    const template = menuTemplate(() => {}, false);
    expect(template.map(label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('puts the app menu first on macOS', () => {
    const template = menuTemplate(() => {}, true);
    expect(template[0]?.role).toBe('appMenu');
    expect(template.slice(1).map(label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('gives Edit the edit role’s items', () => {
    const roles = submenu(menuTemplate(() => {}, false)[1]).map((i) => i.role);
    expect(roles).toEqual([
      'undo',
      'redo',
      undefined,
      'cut',
      'copy',
      'paste',
      'delete',
      'selectAll',
    ]);
  });

  it('adds Edit › Check spelling only when main passes the setting, and reports its toggle', () => {
    const onChange = vi.fn();
    const edit = (isMac: boolean, enabled: boolean) =>
      submenu(
        menuTemplate(() => {}, isMac, { spelling: { enabled, onChange } })[isMac ? 2 : 1],
      ).find((i) => i.type === 'checkbox');
    expect(edit(false, false)).toMatchObject({
      label: 'Check &spelling (downloads a dictionary)',
      checked: false,
    });
    // macOS uses its own spell checker, which downloads nothing.
    expect(edit(true, true)).toMatchObject({ label: 'Check &spelling', checked: true });
    (edit(false, false)?.click as (item: { checked: boolean }) => void)?.({ checked: true });
    expect(onChange).toHaveBeenCalledWith(true);
    expect(submenu(menuTemplate(() => {}, false)[1]).some((i) => i.type === 'checkbox')).toBe(
      false,
    );
  });

  it('has zoom in, zoom out and reset zoom under View', () => {
    const view = menuTemplate(() => {}, false).find((i) => label(i) === 'View');
    const roles = submenu(view).map((i) => i.role);
    expect(roles).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom']));
  });

  it('quits from File on Windows/Linux and closes the window on macOS', () => {
    const roles = (isMac: boolean) =>
      submenu(menuTemplate(() => {}, isMac)[isMac ? 1 : 0]).map((i) => i.role);
    expect(roles(false)).toContain('quit');
    expect(roles(true)).toContain('close');
  });

  it('sends help:about from Help', () => {
    const send = vi.fn();
    const help = menuTemplate(send, false).find((i) => label(i) === 'Help');
    const about = submenu(help).find((i) => i.label === 'About Crossroads');
    (about?.click as (() => void) | undefined)?.();
    expect(send).toHaveBeenCalledWith('help:about');
  });
});

describe('File › Export all data', () => {
  const exportItem = (template: MenuItemConstructorOptions[]) =>
    submenu(template.find((i) => label(i) === 'File')).find((i) => label(i) === 'Export all data…');

  it('runs in main when main provides it, so it works without the renderer', () => {
    const send = vi.fn();
    const exportAll = vi.fn();
    const click = exportItem(menuTemplate(send, false, { exportAll }))?.click as () => void;
    click();
    expect(exportAll).toHaveBeenCalledTimes(1);
    expect(send).not.toHaveBeenCalled();
  });

  it('falls back to asking the renderer', () => {
    const send = vi.fn();
    const click = exportItem(menuTemplate(send, false))?.click as () => void;
    click();
    expect(send).toHaveBeenCalledWith('file:exportAll');
  });
});

describe('installMenu', () => {
  it('builds the template and sets it as the application menu', () => {
    installMenu(() => {});
    expect(Menu.buildFromTemplate).toHaveBeenCalledTimes(1);
    const built = Menu.buildFromTemplate.mock.results[0]?.value;
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith(built);
    const template = (Menu.buildFromTemplate.mock.calls[0]?.[0] ??
      []) as MenuItemConstructorOptions[];
    const labels = template.map(label);
    expect(labels).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Help']));
  });
});

describe('View › Reload', () => {
  it('uses the reload role unless main passes a flushing reload, then runs it on click', () => {
    const view = (options = {}) =>
      submenu(menuTemplate(() => {}, false, options).find((i) => label(i) === 'View'));
    expect(view()[0]?.role).toBe('reload');
    const reload = vi.fn();
    const item = view({ reload })[0];
    expect(item).toMatchObject({ label: '&Reload', accelerator: 'CmdOrCtrl+R' });
    expect(item?.role).toBeUndefined();
    const click = item?.click as () => void;
    click();
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
