/**
 * Release builds have no developer tools in the menu: installMenu offers
 * View › Toggle Developer Tools only while `app.isPackaged` is false.
 * Must not touch anything but the electron mock.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { installMenu, menuTemplate } from '../../../electron/main/menu';
import { app, Menu, resetElectronMock } from '../mocks/electron';

vi.mock('electron', () => import('../mocks/electron'));

beforeEach(() => resetElectronMock());

/** Every role anywhere in the template, depth first. */
const roles = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);

const installed = () =>
  (Menu.buildFromTemplate.mock.calls[0]?.[0] ?? []) as MenuItemConstructorOptions[];

describe('developer tools in the menu', () => {
  it('are absent from a packaged (release) app', () => {
    app.isPackaged = true;
    installMenu(() => {});
    expect(roles(installed())).not.toContain('toggleDevTools');
    expect(roles(installed())).toContain('reload');
  });

  it('are present while developing (not packaged)', () => {
    app.isPackaged = false;
    installMenu(() => {});
    expect(roles(installed())).toContain('toggleDevTools');
  });

  it('are left out by default when the template is built directly', () => {
    for (const isMac of [false, true]) {
      expect(roles(menuTemplate(() => {}, isMac))).not.toContain('toggleDevTools');
      expect(roles(menuTemplate(() => {}, isMac, { devTools: true }))).toContain('toggleDevTools');
    }
  });
});
