/**
 * The main-process side of the e2e harness: the real handler table over a
 * temp data folder, with dialogs scripted by the test and the shell ports
 * recorded instead of acted on.
 */
import { join, resolve } from 'node:path';
import type { Handlers } from '../../../electron/main/ipc/dispatch';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { createWorkbookStore } from '../../../electron/main/services/workbookStore';

export const RESOURCES_DIR = resolve(import.meta.dirname, '../../../resources');

/** Answers for native dialogs, consumed in order; `null` means the user cancelled. */
export class ScriptedDialogs {
  private readonly saves: (string | null)[] = [];
  private readonly opens: (string | null)[] = [];
  readonly asked: { kind: 'save' | 'open'; defaultPath?: string }[] = [];

  /** The next save dialog answers `path` (or cancels with null). */
  answerSave(path: string | null): void {
    this.saves.push(path);
  }
  /** The next open dialog answers `path` (or cancels with null). */
  answerOpen(path: string | null): void {
    this.opens.push(path);
  }
  async showSave({ defaultPath }: { defaultPath: string }): Promise<string | null> {
    this.asked.push({ kind: 'save', defaultPath });
    if (this.saves.length === 0)
      throw new Error('The test did not script an answer for a save dialog.');
    return this.saves.shift() ?? null;
  }
  async showOpen(): Promise<string | null> {
    this.asked.push({ kind: 'open' });
    if (this.opens.length === 0)
      throw new Error('The test did not script an answer for an open dialog.');
    return this.opens.shift() ?? null;
  }
}

export type HarnessMain = {
  handlers: Handlers;
  dialogs: ScriptedDialogs;
  openedExternally: string[];
  shownInFolder: string[];
};

export const createHarnessMain = (
  dataDir: string,
  now: () => Date = () => new Date(),
): HarnessMain => {
  const dialogs = new ScriptedDialogs();
  const openedExternally: string[] = [];
  const shownInFolder: string[] = [];
  const handlers = createHandlers({
    appInfo: () => ({
      name: 'Crossroads',
      version: '0.1.0',
      electron: 'e2e-harness',
      chrome: 'e2e-harness',
      node: process.versions.node,
      platform: process.platform,
      dataDir,
    }),
    resourcesDir: RESOURCES_DIR,
    dataDir,
    documentsDir: join(dataDir, '..', 'documents'),
    store: createWorkbookStore({ dataDir, appVersion: '0.1.0', now }),
    dialogs: { showSave: (o) => dialogs.showSave(o), showOpen: () => dialogs.showOpen() },
    openExternal: async (url) => {
      openedExternally.push(url);
    },
    showItemInFolder: (path) => {
      shownInFolder.push(path);
    },
    now,
  });
  return { handlers, dialogs, openedExternally, shownInFolder };
};
