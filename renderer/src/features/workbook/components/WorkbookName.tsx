/**
 * The editable workbook name (the shared DraftField, saved when the user is
 * done): commits on Enter or when focus leaves; Escape puts back the saved
 * name. An invalid name is explained, with the name still saved, and never
 * saved itself.
 */

import { DraftField } from '@renderer/components/DraftField';
import { renameWorkbook, workbookNameError } from '@renderer/features/workbook/mutations';
import type { ParseResult } from '@shared/domain/parse';
import type { Workbook } from '@shared/schemas/records';

const asTyped = (name: string): string => name;

/** The typed name trimmed, or what is wrong with it and which name is still saved. */
const parseName =
  (saved: string) =>
  (text: string): ParseResult<string> => {
    const name = text.trim();
    if (name === saved) return { ok: true, value: name };
    const problem = workbookNameError(name);
    return problem
      ? { ok: false, message: `${problem} The saved name is still “${saved}”.` }
      : { ok: true, value: name };
  };

export const WorkbookName = ({ workbook }: { workbook: Workbook }) => (
  <DraftField
    className="workbook-name"
    label="Workbook name"
    commitOn="blur"
    value={workbook.name}
    format={asTyped}
    parse={parseName(workbook.name)}
    onCommit={(name) => renameWorkbook(workbook.id, name)}
  />
);
