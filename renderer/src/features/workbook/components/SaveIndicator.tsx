/**
 * The quiet "Saved 10:42" line in the header; a clear warning when saving
 * fails, and the question to ask when a change would remove many records.
 * Any feature's edit already on screen but still being written (the app's
 * pending writes, `lib/pendingWrites.ts`) reads "Saving…", so "Saved" never
 * stands next to a value that is not stored yet; text a field refused
 * (`lib/unsavedDrafts.ts`) reads "N fields not saved" with a link to the
 * first of them.
 */

import { autosaver, useSaveState } from '@renderer/lib/autosaver';
import { formatClockTime } from '@renderer/lib/dates';
import { pendingWrites, shownSaveState } from '@renderer/lib/pendingWrites';
import { type UnsavedDraft, unsavedDrafts } from '@renderer/lib/unsavedDrafts';
import { useSyncExternalStore } from 'react';

const time = (iso: string | null) => (iso ? formatClockTime(iso) : null);

/** Takes the user to a field whose text is not saved: at once if on screen, else after the section opens. */
const goToDraft = (draft: UnsavedDraft) => {
  const el = document.querySelector<HTMLElement>(`[data-draft-key="${CSS.escape(draft.key)}"]`);
  if (el) {
    el.focus();
    return;
  }
  unsavedDrafts.requestFocus(draft.key);
  window.location.hash = `#/${draft.section}`;
};

/** "2 fields not saved: Base salary, Amazon PM" — a link to the first refused field. */
const NotSaved = ({ drafts }: { drafts: readonly UnsavedDraft[] }) => {
  const [first] = drafts;
  if (!first) return null;
  return (
    <p className="save-indicator save-indicator--warn" role="status">
      {drafts.length === 1 ? '1 field' : `${drafts.length} fields`} not saved — the text there was
      refused.{' '}
      <button type="button" className="link-button" onClick={() => goToDraft(first)}>
        Go to {first.label}
      </button>
    </p>
  );
};

export const SaveIndicator = () => {
  const drafts = useSyncExternalStore(unsavedDrafts.subscribe, unsavedDrafts.snapshot);
  return (
    <>
      <NotSaved drafts={drafts} />
      <StoreState />
    </>
  );
};

const StoreState = () => {
  const busy = useSyncExternalStore(pendingWrites.subscribe, pendingWrites.busy);
  const state = shownSaveState(useSaveState(), busy);
  switch (state.status) {
    case 'idle':
      return <p className="save-indicator">All changes are saved on this computer.</p>;
    case 'pending':
    case 'saving':
      return <p className="save-indicator">Saving…</p>;
    case 'saved':
      return state.warning ? (
        <p className="save-indicator save-indicator--warn" role="status">
          Saved {time(state.savedAt)}. {state.warning}
        </p>
      ) : (
        <p className="save-indicator">Saved {time(state.savedAt)}</p>
      );
    case 'failed':
      return (
        <div className="save-indicator save-indicator--failed" role="alert">
          <strong>Not saved to disk:</strong> {state.message} Your changes are kept in the app and
          saving is retried with your next change.
          <button type="button" onClick={() => void autosaver.flush()}>
            Try again
          </button>
        </div>
      );
    case 'closed':
      return (
        <div className="save-indicator save-indicator--failed" role="alert">
          <strong>Changes are no longer being kept:</strong> the app’s database was closed while
          Crossroads was running (its data may have been cleared). Your workbook file in the data
          folder is safe; reload to bring the workbook back from it. Edits made since{' '}
          {state.savedAt ? time(state.savedAt) : 'the last save'} may be missing.
          <button type="button" onClick={() => window.location.reload()}>
            Reload from the data folder
          </button>
        </div>
      );
    case 'needs-confirmation':
      return (
        <div className="save-indicator save-indicator--warn" role="alert">
          This change removes {state.removed} of {state.before.total} records. It is kept aside
          until you confirm.
          <button type="button" onClick={() => void autosaver.confirmPending(state.pendingFile)}>
            Keep the change
          </button>
        </div>
      );
  }
};
