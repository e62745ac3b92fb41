/**
 * The workbook-file actions of the File menu — Open, Save as, Backups,
 * Export all data — with their dialogs. Each flushes unsaved changes first,
 * validates before anything in the live store changes, and asks before
 * replacing the open workbook.
 */

import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { Dialog } from '@renderer/components/Dialog';
import { useFailureToast, useToast } from '@renderer/components/Toast';
import { db } from '@renderer/db/db';
import { readSnapshot } from '@renderer/db/snapshot';
import { api, messageOf, unwrap } from '@renderer/lib/api';
import { autosaver } from '@renderer/lib/autosaver';
import { useCommand } from '@renderer/lib/commands';
import { formatMoment } from '@renderer/lib/dates';
import { sectionHref } from '@renderer/lib/routes';
import type { BackupInfo, FileSummary } from '@shared/ipc/contract';
import { createContext, type ReactNode, use, useCallback, useMemo, useState } from 'react';
import { loadWorkbookData, restoreBackup } from './mutations';

type FileActions = {
  /** True while the user is choosing how to start a new workbook. */
  startingNew: boolean;
  newWorkbook: () => void;
  endNew: () => void;
  open: () => Promise<void>;
  saveAs: () => Promise<void>;
  showBackups: () => Promise<void>;
  exportAll: () => Promise<void>;
};

const FileActionsContext = createContext<FileActions | null>(null);

const reasonLabel = (b: BackupInfo): string => {
  if (b.kind === 'previous') return 'Previous save';
  if (b.kind === 'rolling') return 'Automatic';
  switch (b.reason) {
    case 'before-open':
      return 'Before opening a file';
    case 'before-restore':
      return 'Before a restore';
    case 'before-upgrade':
      return 'Before an upgrade';
    case 'before-delete':
      return 'Before a large deletion';
    case 'before-new':
      return 'Before a new workbook';
    default:
      return 'Pinned';
  }
};

export const FileActionsProvider = ({ children }: { children: ReactNode }) => {
  const toast = useToast();
  const [opening, setOpening] = useState<{ token: string; summary: FileSummary } | null>(null);
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [startingNew, setStartingNew] = useState(false);
  const fail = useFailureToast();

  const newWorkbook = useCallback(() => {
    void autosaver.flush().then(() => setStartingNew(true), fail);
  }, [fail]);
  const endNew = useCallback(() => setStartingNew(false), []);

  const saveAs = useCallback(async () => {
    try {
      await autosaver.flush();
      const data = await readSnapshot(db);
      if (!data) return toast.show({ text: 'There is no workbook to save yet.' });
      const result = await unwrap(api().workbook.saveAs({ data, defaultName: data.workbook.name }));
      if (result.kind === 'saved') toast.show({ text: `Saved a copy to ${result.path}` });
    } catch (err) {
      fail(err);
    }
  }, [toast, fail]);

  const open = useCallback(async () => {
    try {
      await autosaver.flush();
      const result = await unwrap(api().workbook.pickOpen());
      if (result.kind === 'picked') setOpening(result);
    } catch (err) {
      fail(err);
    }
  }, [fail]);

  const confirmOpen = async () => {
    if (!opening) return;
    const { token } = opening;
    setOpening(null);
    try {
      const result = await unwrap(api().workbook.confirmOpen({ token }));
      await loadWorkbookData(result.data);
      setStartingNew(false);
      window.location.hash = sectionHref('offers');
      toast.show({
        text: `Opened “${result.summary.name}”. The workbook open before is kept under File › Backups.`,
      });
    } catch (err) {
      fail(err);
    }
  };

  const showBackups = useCallback(async () => {
    setError(null);
    try {
      await autosaver.flush();
      setBackups((await unwrap(api().backups.list())).backups);
    } catch (err) {
      fail(err);
    }
  }, [fail]);

  const confirmRestore = async () => {
    if (!restoring) return;
    const { id } = restoring;
    setRestoring(null);
    try {
      await restoreBackup(id);
      setBackups(null);
      toast.show({
        text: 'Backup restored. The workbook as it was before is kept as a pinned backup.',
      });
    } catch (err) {
      setError(messageOf(err));
    }
  };

  const exportAll = useCallback(async () => {
    try {
      await autosaver.flush();
      const result = await unwrap(api().workbook.exportAll());
      if (result.kind === 'exported') toast.show({ text: `Exported all data to ${result.path}` });
    } catch (err) {
      fail(err);
    }
  }, [fail, toast]);

  useCommand('file:open', open);
  useCommand('file:saveAs', saveAs);
  useCommand('file:backups', showBackups);
  useCommand('file:exportAll', exportAll);

  const actions = useMemo(
    () => ({ startingNew, newWorkbook, endNew, open, saveAs, showBackups, exportAll }),
    [startingNew, newWorkbook, endNew, open, saveAs, showBackups, exportAll],
  );

  return (
    <FileActionsContext value={actions}>
      {children}
      <ConfirmDialog
        open={opening !== null}
        title="Open this workbook?"
        confirmLabel="Open workbook"
        onConfirm={() => void confirmOpen()}
        onCancel={() => setOpening(null)}
      >
        {opening ? (
          <>
            <p>
              <strong>{opening.summary.name}</strong> — {opening.summary.offers}{' '}
              {opening.summary.offers === 1 ? 'offer' : 'offers'}, last written{' '}
              {formatMoment(opening.summary.writtenAt)}.
            </p>
            <p>
              It replaces the workbook open now, which is first kept as a pinned backup you can
              restore.
            </p>
          </>
        ) : null}
      </ConfirmDialog>
      <Dialog
        open={backups !== null && restoring === null}
        title="Backups"
        onClose={() => setBackups(null)}
        actions={
          <button type="button" className="button button--primary" onClick={() => setBackups(null)}>
            Close
          </button>
        }
      >
        {error ? (
          <p className="field__error" role="alert">
            {error}
          </p>
        ) : null}
        {backups && backups.length === 0 ? (
          <p>No backups yet. One is taken automatically as you work (at most every 15 minutes).</p>
        ) : null}
        {backups && backups.length > 0 ? (
          <table className="backup-table">
            <caption className="visually-hidden">Backups, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Taken</th>
                <th scope="col">Kind</th>
                <th scope="col">Workbook</th>
                <th scope="col">Offers</th>
                <th scope="col">
                  <span className="visually-hidden">Action</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {backups.map((b) =>
                b.unreadable === null ? (
                  <tr key={b.id}>
                    <td>{formatMoment(b.takenAt)}</td>
                    <td>{reasonLabel(b)}</td>
                    <td>{b.workbookName}</td>
                    <td>{b.offers}</td>
                    <td>
                      <button
                        type="button"
                        onClick={() => setRestoring(b)}
                        aria-label={`Restore backup from ${formatMoment(b.takenAt)}`}
                      >
                        Restore
                      </button>
                    </td>
                  </tr>
                ) : (
                  <tr key={b.id} className="backup-table__unreadable">
                    <td>{formatMoment(b.takenAt)}</td>
                    <td>{reasonLabel(b)}</td>
                    <td colSpan={3}>
                      <strong>Unreadable — cannot be restored.</strong> {b.unreadable}
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        ) : null}
      </Dialog>
      <ConfirmDialog
        open={restoring !== null}
        title="Restore this backup?"
        confirmLabel="Restore backup"
        onConfirm={() => void confirmRestore()}
        onCancel={() => setRestoring(null)}
      >
        {restoring ? (
          <p>
            The workbook goes back to “{restoring.workbookName}” as it was{' '}
            {formatMoment(restoring.takenAt)}. What is open now is kept as a pinned backup first.
          </p>
        ) : null}
      </ConfirmDialog>
    </FileActionsContext>
  );
};

/** The File actions, for buttons outside the native menu. */
export const useFileActions = (): FileActions => {
  const actions = use(FileActionsContext);
  if (!actions) throw new Error('useFileActions needs FileActionsProvider');
  return actions;
};
