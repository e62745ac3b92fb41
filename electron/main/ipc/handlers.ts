/**
 * The handler bodies for every IPC channel, as plain Node functions over
 * injected ports (folders, store, dialogs, shell, clock). Knows nothing about
 * Electron, so unit tests and the e2e harness run the real thing.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { daysBetween, shiftWorkbookDates } from '@shared/domain/sampleDates';
import type { AppInfo } from '@shared/ipc/contract';
import { vetExternalUrl } from '../security/externalUrl';
import { atomicWrite } from '../services/atomicWrite';
import { decodeWorkbook } from '../services/envelope';
import { readLetterFile } from '../services/letterText';
import {
  exportPdf,
  PdfExportError,
  type PdfPrinter,
  writeErrorMessage,
} from '../services/pdfExport';
import { loadTemplates } from '../services/templates';
import type { WorkbookStore } from '../services/workbookStore';
import { HandlerError, type Handlers } from './dispatch';

export type FileFilter = { name: string; extensions: string[] };

/** Native file dialogs; each resolves to a path, or null when the user cancels. */
export type DialogPort = {
  showSave: (options: {
    title: string;
    defaultPath: string;
    filters: FileFilter[];
  }) => Promise<string | null>;
  showOpen: (options: { title: string; filters: FileFilter[] }) => Promise<string | null>;
};

/** What the handlers need from the outside world. */
export type Ports = {
  appInfo: () => AppInfo;
  /** The `resources/` folder (templates, sample workbook). */
  resourcesDir: string;
  /** The user's data folder. */
  dataDir: string;
  /** Where save dialogs start (the user's documents folder). */
  documentsDir: string;
  store: WorkbookStore;
  dialogs: DialogPort;
  openExternal: (url: string) => Promise<void>;
  showItemInFolder: (path: string) => void;
  /**
   * Opens a file in its default app (Electron `shell.openPath`, which resolves
   * to an error message, or '' on success).
   */
  openPath?: (path: string) => Promise<string>;
  /** Writes a file the user chose, atomically (tests may inject a fake). */
  writeFile?: (path: string, data: Uint8Array) => Promise<void>;
  /** Renders the print route to PDF bytes (Electron: a hidden window; e2e: Chromium). */
  printPdf: PdfPrinter;
  /** Readies the printer while the save dialog is open (optional; never reads the workbook). */
  preparePrint?: () => void;
  now: () => Date;
};

export const SAMPLE_FILE = join('sample', 'sample-workbook.crossroads.json');
export const LETTER_FILTERS: FileFilter[] = [
  { name: 'Offer letter', extensions: ['txt', 'eml', 'html', 'htm', 'pdf'] },
];
export const WORKBOOK_FILTERS: FileFilter[] = [
  { name: 'Crossroads workbook', extensions: ['json'] },
];

/** `name` made safe as a file name (no separators or reserved characters). */
export const safeFileName = (name: string): string =>
  Array.from(name, (ch) => (ch.charCodeAt(0) < 0x20 || '<>:"/\\|?*'.includes(ch) ? ' ' : ch))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100) || 'workbook';

const fail = (result: { code: string; message: string }): never => {
  throw new HandlerError(result.code, result.message);
};

/** Builds the handler table over `ports`. */
export const createHandlers = (ports: Ports): Handlers => {
  const { store, dialogs } = ports;
  /** Files the user picked in an open dialog, by one-time token: the renderer never sends paths. */
  const picked = new Map<string, string>();
  /** The PDF written last, kept here in main: "Open PDF" and "Show in folder" use this path only. */
  let lastPdf: string | null = null;

  return {
    'app:getInfo': async () => ports.appInfo(),
    'templates:list': async () => loadTemplates(join(ports.resourcesDir, 'templates')),
    'sample:load': async () => {
      const decoded = decodeWorkbook(await readFile(join(ports.resourcesDir, SAMPLE_FILE)));
      if (!decoded.ok)
        throw new HandlerError('bad-sample', `The sample workbook is damaged: ${decoded.message}`);
      // The sample is written relative to the day it was made: move it to today.
      return shiftWorkbookDates(
        decoded.data,
        daysBetween(new Date(decoded.envelope.writtenAt), ports.now()),
      );
    },

    'workbook:load': async () => {
      const result = await store.load();
      if (result.kind === 'missing') return { kind: 'missing' as const };
      if (result.kind === 'ok') {
        return {
          kind: 'ok' as const,
          data: result.data,
          writtenAt: result.writtenAt,
          upgradedFrom: result.upgradedFrom,
        };
      }
      return {
        kind: 'corrupt' as const,
        quarantinedAs: result.quarantinedAs,
        message: result.message,
        backups: result.backups,
      };
    },
    'workbook:save': async (data) => {
      const result = await store.save(data);
      return result.kind === 'rejected' ? fail(result) : result;
    },
    'workbook:startNew': async (data) => {
      const result = await store.replaceWith(data, 'before-new');
      if (result.kind === 'rejected') return fail(result);
      if (result.kind !== 'saved')
        throw new HandlerError('not-saved', 'The new workbook could not be saved.');
      return result;
    },
    'workbook:confirmPending': async ({ pendingFile }) => {
      const result = await store.confirmPending(pendingFile);
      return result.kind === 'rejected' ? fail(result) : result;
    },
    'workbook:discardPending': async ({ pendingFile }) => {
      await store.discardPending(pendingFile);
      return { discarded: true };
    },
    'workbook:saveAs': async ({ data, defaultName }) => {
      const path = await dialogs.showSave({
        title: 'Save workbook as',
        defaultPath: join(ports.documentsDir, `${safeFileName(defaultName)}.crossroads.json`),
        filters: WORKBOOK_FILTERS,
      });
      if (path === null) return { kind: 'cancelled' as const };
      const result = await store.saveAs(path, data);
      if (result.kind === 'rejected') return fail(result);
      return { kind: 'saved' as const, path };
    },
    'workbook:pickOpen': async () => {
      const path = await dialogs.showOpen({ title: 'Open workbook', filters: WORKBOOK_FILTERS });
      if (path === null) return { kind: 'cancelled' as const };
      const file = await store.readFile(path);
      if (!file.ok) return fail(file);
      const token = randomUUID();
      picked.clear();
      picked.set(token, path);
      return { kind: 'picked' as const, token, summary: file.summary };
    },
    'letter:open': async () => {
      const path = await dialogs.showOpen({
        title: 'Open an offer letter',
        filters: LETTER_FILTERS,
      });
      if (path === null) return { kind: 'cancelled' as const };
      try {
        return await readLetterFile(path);
      } catch {
        throw new HandlerError(
          'unreadable',
          'That file could not be read. Check that it still exists, then try again.',
        );
      }
    },
    'workbook:confirmOpen': async ({ token }) => {
      const path = picked.get(token);
      if (!path) throw new HandlerError('expired', 'Pick the file again: that choice has expired.');
      picked.delete(token);
      const result = await store.importFile(path);
      if (result.kind === 'rejected') return fail(result);
      return { data: result.data, summary: result.summary };
    },
    'workbook:exportAll': async () => {
      const stamp = ports.now().toISOString().slice(0, 10);
      const path = await dialogs.showSave({
        title: 'Export all data',
        defaultPath: join(ports.documentsDir, `crossroads-export-${stamp}.crossroads.json`),
        filters: WORKBOOK_FILTERS,
      });
      if (path === null) return { kind: 'cancelled' as const };
      const result = await store.exportAll(path);
      if (result.kind === 'rejected') return fail(result);
      return { kind: 'exported' as const, path, bytes: result.bytes };
    },
    'backups:list': async () => ({ backups: await store.listBackups() }),
    'backups:restore': async ({ id }) => {
      const result = await store.restoreBackup(id);
      if (result.kind === 'rejected') return fail(result);
      return { data: result.data };
    },

    'backups:pin': async ({ reason, data }) => ({ id: await store.pinBackup(reason, data) }),

    'shell:openExternal': async ({ url }) => {
      const verdict = vetExternalUrl(url);
      if (!verdict.ok) throw new HandlerError('refused-url', verdict.reason);
      await ports.openExternal(verdict.url);
      return { opened: true };
    },
    'shell:showDataFolder': async () => {
      ports.showItemInFolder(ports.dataDir);
      return { shown: true };
    },

    'pdf:export': async ({ paperSize }) => {
      try {
        const result = await exportPdf(
          {
            showSave: (o) => dialogs.showSave(o),
            documentsDir: ports.documentsDir,
            print: ports.printPdf,
            prepare: ports.preparePrint,
            now: ports.now,
            ...(ports.writeFile ? { write: ports.writeFile } : {}),
          },
          { paperSize },
        );
        if (result.kind === 'saved') lastPdf = result.path;
        return result;
      } catch (err) {
        if (err instanceof PdfExportError) throw new HandlerError(err.code, err.message);
        throw err;
      }
    },
    'pdf:prepare': async () => {
      ports.preparePrint?.();
      return { preparing: ports.preparePrint !== undefined };
    },
    'pdf:openLast': async () => {
      if (lastPdf === null || !ports.openPath)
        throw new HandlerError('no-pdf', 'No PDF has been exported yet in this session.');
      const problem = await ports.openPath(lastPdf);
      if (problem)
        throw new HandlerError(
          'open-failed',
          `The PDF could not be opened: ${problem} It is saved at “${lastPdf}”.`,
        );
      return { opened: true };
    },
    'pdf:showLast': async () => {
      if (lastPdf === null)
        throw new HandlerError('no-pdf', 'No PDF has been exported yet in this session.');
      ports.showItemInFolder(lastPdf);
      return { shown: true };
    },
    'csv:export': async ({ csv, suggestedName }) => {
      const path = await dialogs.showSave({
        title: 'Export the comparison (CSV)',
        defaultPath: join(ports.documentsDir, suggestedName),
        filters: [{ name: 'CSV (comma-separated values)', extensions: ['csv'] }],
      });
      if (path === null) return { kind: 'cancelled' as const };
      const bytes = new TextEncoder().encode(csv);
      try {
        await (ports.writeFile ?? atomicWrite)(path, bytes);
      } catch (err) {
        throw new HandlerError(
          'write-failed',
          writeErrorMessage(path, err).replace('PDF', 'CSV file'),
        );
      }
      return { kind: 'saved' as const, path, bytes: bytes.byteLength };
    },
  };
};
