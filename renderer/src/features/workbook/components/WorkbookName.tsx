/**
 * The editable workbook name. Commits on Enter or when focus leaves; Escape
 * puts back the saved name. An invalid name is explained and never saved.
 */

import { renameWorkbook, workbookNameError } from '@renderer/features/workbook/mutations';
import { messageOf } from '@renderer/lib/api';
import type { Workbook } from '@shared/schemas/records';
import { WORKBOOK_NAME_MAX } from '@shared/schemas/records';
import { type KeyboardEvent, useEffect, useId, useState } from 'react';

export const WorkbookName = ({ workbook }: { workbook: Workbook }) => {
  const [draft, setDraft] = useState(workbook.name);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const errorId = useId();

  useEffect(() => setDraft(workbook.name), [workbook.name]);

  const commit = async () => {
    const name = draft.trim();
    if (name === workbook.name) {
      setError(null);
      setDraft(workbook.name);
      return;
    }
    const problem = workbookNameError(name);
    if (problem) {
      setError(`${problem} The saved name is still “${workbook.name}”.`);
      return;
    }
    try {
      await renameWorkbook(workbook.id, name);
      setError(null);
    } catch (err) {
      setError(messageOf(err));
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void commit();
    } else if (event.key === 'Escape') {
      setDraft(workbook.name);
      setError(null);
    }
  };

  return (
    <div className="workbook-name">
      <label htmlFor={inputId} className="workbook-name__label">
        Workbook name
      </label>
      <input
        id={inputId}
        className="workbook-name__input"
        value={draft}
        maxLength={WORKBOOK_NAME_MAX}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => void commit()}
        onKeyDown={onKeyDown}
      />
      {error ? (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
};
