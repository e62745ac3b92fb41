/**
 * Tells the user what recovery did at start: a workbook restored from the
 * data folder, or a damaged file set aside with the newest backup offered.
 */

import { restoreBackup } from '@renderer/features/workbook/mutations';
import { messageOf } from '@renderer/lib/api';
import { formatMoment } from '@renderer/lib/dates';
import type { StartupNotice } from '@renderer/lib/startup';
import { useState } from 'react';

export const StartupNoticeBanner = ({
  notice,
  onDismiss,
}: {
  notice: StartupNotice;
  onDismiss: () => void;
}) => {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (notice.kind === 'restored') {
    return (
      <div className="banner" role="status">
        <p>
          Your workbook was restored from the copy saved in your data folder (
          {formatMoment(notice.writtenAt)}), because the app’s own database{' '}
          {notice.reason === 'empty' ? 'was empty' : 'could not be opened'}.
        </p>
        <button type="button" onClick={onDismiss}>
          OK
        </button>
      </div>
    );
  }
  if (notice.kind === 'file-newer') {
    return (
      <div className="banner" role="status">
        <p>
          The workbook file in your data folder had newer changes to “{notice.name}” (saved{' '}
          {formatMoment(notice.writtenAt)}) than the app’s own copy, so the file was loaded. The
          app’s copy is kept as a backup under File › Backups (“Before opening a file”).
        </p>
        <button type="button" onClick={onDismiss}>
          OK
        </button>
      </div>
    );
  }
  if (notice.kind === 'different-workbooks') {
    const keep = async (which: 'app' | 'file') => {
      setBusy(true);
      setError(null);
      try {
        await notice.keep(which);
      } catch (err) {
        setError(messageOf(err));
      } finally {
        setBusy(false);
      }
    };
    return (
      <div className="banner banner--warn" role="alert">
        <p>
          The app and your data folder hold different workbooks: “{notice.app.name}” (changed{' '}
          {formatMoment(notice.app.updatedAt)}) in the app, and “{notice.file.name}” (saved{' '}
          {formatMoment(notice.file.writtenAt)}) in the workbook file. Which one do you want to
          keep? The other is kept as a backup under File › Backups. Nothing is saved until you
          choose.
        </p>
        {error ? <p className="field__error">{error}</p> : null}
        <div className="banner__actions">
          <button type="button" disabled={busy} onClick={() => void keep('app')}>
            Keep “{notice.app.name}”
          </button>
          <button type="button" disabled={busy} onClick={() => void keep('file')}>
            Keep “{notice.file.name}”
          </button>
        </div>
      </div>
    );
  }
  if (notice.kind === 'file-newer-not-loaded') {
    return (
      <div className="banner banner--error" role="alert">
        <p>
          The workbook file in your data folder has newer changes (saved{' '}
          {formatMoment(notice.writtenAt)}), but the app’s own copy could not be kept as a backup
          first, so the app’s copy stays open and the file was not loaded. To use the file, choose
          File › Open… and pick it from the data folder.
        </p>
        <button type="button" onClick={onDismiss}>
          OK
        </button>
      </div>
    );
  }
  if (notice.kind === 'disk-unavailable') {
    return (
      <div className="banner banner--error" role="alert">
        <p>
          The data folder could not be read: {notice.message} Changes are kept in the app for now.
        </p>
        <button type="button" onClick={onDismiss}>
          OK
        </button>
      </div>
    );
  }
  const newest = notice.backups[0];
  const restore = async () => {
    if (!newest) return;
    setBusy(true);
    try {
      await restoreBackup(newest.id);
      onDismiss();
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  };
  return (
    <div className="banner banner--error" role="alert">
      <p>
        <strong>The saved workbook file is damaged</strong> ({notice.message}).{' '}
        {notice.quarantinedAs
          ? `It was set aside as ${notice.quarantinedAs} and has not been changed or overwritten.`
          : 'It has been left untouched.'}
      </p>
      {newest ? (
        <p>
          The newest good copy is “{newest.workbookName}” from {formatMoment(newest.takenAt)} (
          {newest.offers} {newest.offers === 1 ? 'offer' : 'offers'}).
        </p>
      ) : (
        <p>There is no backup to restore.</p>
      )}
      {error ? <p className="field__error">{error}</p> : null}
      <div className="banner__actions">
        {newest ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => void restore()}
            disabled={busy}
          >
            Restore the newest backup
          </button>
        ) : null}
        <button type="button" onClick={onDismiss}>
          Not now
        </button>
      </div>
    </div>
  );
};
