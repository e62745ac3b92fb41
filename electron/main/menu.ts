/**
 * The native application menu: File, Edit, View, Help with the usual roles.
 * Menu items that act on the workbook send a command to the renderer.
 * Release (packaged) builds have no developer-tools item.
 */

import type { Command } from '@shared/ipc/channels';
import { app, Menu, type MenuItemConstructorOptions } from 'electron';

/** What the menu offers beyond the defaults. */
export type MenuOptions = {
  /** Show View › Toggle Developer Tools. Only in development; false by default. */
  devTools?: boolean;
  /** Runs File › Export all data in main (works without the renderer); else the renderer is asked. */
  exportAll?: () => void;
};

/**
 * Builds the menu template; `send` delivers a command to the focused window.
 * The developer-tools item appears only when `options.devTools` is true.
 */
export const menuTemplate = (
  send: (command: Command) => void,
  isMac: boolean,
  options: MenuOptions = {},
): MenuItemConstructorOptions[] => [
  ...(isMac ? [{ role: 'appMenu' as const }] : []),
  {
    label: '&File',
    submenu: [
      { label: '&Open workbook…', accelerator: 'CmdOrCtrl+O', click: () => send('file:open') },
      {
        label: 'Save workbook &as…',
        accelerator: 'CmdOrCtrl+Shift+S',
        click: () => send('file:saveAs'),
      },
      { label: '&Backups…', click: () => send('file:backups') },
      { type: 'separator' },
      {
        label: 'Export &decision summary (PDF)…',
        accelerator: 'CmdOrCtrl+P',
        click: () => send('file:exportPdf'),
      },
      {
        label: 'E&xport all data…',
        click: () => (options.exportAll ? options.exportAll() : send('file:exportAll')),
      },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  },
  { role: 'editMenu', label: '&Edit' },
  {
    label: '&View',
    submenu: [
      { role: 'reload' },
      ...(options.devTools ? [{ role: 'toggleDevTools' as const }] : []),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  },
  {
    label: '&Help',
    role: 'help',
    submenu: [{ label: 'About Crossroads', click: () => send('help:about') }],
  },
];

/** Installs the menu; developer tools are offered only when the app is not packaged. */
export const installMenu = (send: (command: Command) => void, exportAll?: () => void): void => {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate(send, process.platform === 'darwin', { devTools: !app.isPackaged, exportAll }),
    ),
  );
};
