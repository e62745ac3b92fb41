/** Native file dialogs as the handlers' DialogPort, parented to the focused window. */
import { BrowserWindow, dialog } from 'electron';
import type { DialogPort } from './ipc/handlers';

export const electronDialogs: DialogPort = {
  showSave: async ({ title, defaultPath, filters }) => {
    const win = BrowserWindow.getFocusedWindow();
    const options = {
      title,
      defaultPath,
      filters,
      properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
    };
    const result = win
      ? await dialog.showSaveDialog(win, options)
      : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  },
  showOpen: async ({ title, filters }) => {
    const win = BrowserWindow.getFocusedWindow();
    const options = { title, filters, properties: ['openFile' as const] };
    const result = win
      ? await dialog.showOpenDialog(win, options)
      : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
};
