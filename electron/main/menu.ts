/**
 * The native application menu: File, Edit, View, Help with the usual roles.
 * Menu items that act on the workbook send a command to the renderer (main
 * opens a window first when none is open, macOS).
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
  /** Edit › Check spelling: its current state and what to do when it is toggled. */
  spelling?: SpellingToggle;
  /**
   * View › Reload: main flushes the renderer's last edit, then reloads. Without
   * it the plain `reload` role is used, which reloads at once.
   */
  reload?: () => void;
};

/** The Edit › Check spelling checkbox. Off by default: see contextMenu.ts. */
export type SpellingToggle = { enabled: boolean; onChange: (enabled: boolean) => void };

/**
 * Edit's items (the editMenu role's, plus the spelling checkbox, which a role
 * cannot take). On Windows/Linux the label says that turning it on downloads
 * a dictionary; macOS uses its own spell checker and downloads nothing.
 */
const editSubmenu = (isMac: boolean, spelling?: SpellingToggle): MenuItemConstructorOptions[] => [
  { role: 'undo' },
  { role: 'redo' },
  { type: 'separator' },
  { role: 'cut' },
  { role: 'copy' },
  { role: 'paste' },
  ...(isMac ? [{ role: 'pasteAndMatchStyle' as const }] : []),
  { role: 'delete' },
  { role: 'selectAll' },
  ...(spelling
    ? [
        { type: 'separator' as const },
        {
          label: isMac ? 'Check &spelling' : 'Check &spelling (downloads a dictionary)',
          type: 'checkbox' as const,
          checked: spelling.enabled,
          click: (item: { checked: boolean }) => spelling.onChange(item.checked),
        },
      ]
    : []),
];

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
      { label: 'Paste offer &letter…', click: () => send('file:pasteOfferLetter') },
      {
        label: 'Export &decision summary (PDF)…',
        accelerator: 'CmdOrCtrl+P',
        click: () => send('file:exportPdf'),
      },
      {
        label: 'Export the &comparison (CSV)…',
        click: () => send('file:exportCsv'),
      },
      {
        label: 'E&xport all data…',
        click: () => (options.exportAll ? options.exportAll() : send('file:exportAll')),
      },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  },
  { label: '&Edit', submenu: editSubmenu(isMac, options.spelling) },
  {
    label: '&View',
    submenu: [
      // Electron docs (MenuItem, `role`): "when specified the click property will be
      // ignored", so the flushing Reload is a plain item with the role's accelerator.
      options.reload
        ? { label: '&Reload', accelerator: 'CmdOrCtrl+R', click: options.reload }
        : { role: 'reload' as const },
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
export const installMenu = (
  send: (command: Command) => void,
  exportAll?: () => void,
  spelling?: SpellingToggle,
  reload?: () => void,
): void => {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate(send, process.platform === 'darwin', {
        devTools: !app.isPackaged,
        exportAll,
        spelling,
        reload,
      }),
    ),
  );
};
