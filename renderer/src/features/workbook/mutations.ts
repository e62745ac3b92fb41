/**
 * Writes to the workbook row and whole-workbook replacements. A row write
 * goes through the write kit (`db/writeKit.ts`: whole row validated, clock
 * stamped, one transaction); a replacement is validated whole with the
 * workbook data schema first. Either way the store never holds a value the
 * schemas would reject.
 */

import { db } from '@renderer/db/db';
import { replaceAll } from '@renderer/db/snapshot';
import { WriteError } from '@renderer/db/writeError';
import { now, write } from '@renderer/db/writeKit';
import { api, unwrap } from '@renderer/lib/api';
import { localTimeZone } from '@renderer/lib/dates';
import { newId } from '@renderer/lib/ids';
import { firstIssueMessage } from '@shared/domain/parse';
import { createWorkbookData } from '@shared/domain/workbook';
import { type WorkbookData, WorkbookDataSchema, WorkbookSchema } from '@shared/schemas/records';
import type { Template } from '@shared/schemas/template';

/** The whole workbook, validated; a refusal is a {@link WriteError} (nothing replaced). */
const parseWorkbookData = (data: unknown): WorkbookData => {
  const parsed = WorkbookDataSchema.safeParse(data);
  if (!parsed.success) throw WriteError.fromIssues(parsed.error);
  return parsed.data;
};

/**
 * Makes `data` the open workbook: main writes it to disk first (keeping what
 * was open as a pinned backup), then the live store is replaced.
 */
const becomeCurrent = async (data: WorkbookData): Promise<void> => {
  const valid = parseWorkbookData(data);
  await unwrap(api().workbook.startNew(valid));
  await replaceAll(db, valid);
};

/** Starts a new workbook from `template`, replacing whatever is open. */
export const startWorkbook = async (template: Template, name: string): Promise<WorkbookData> => {
  const data = createWorkbookData(template, {
    name,
    now: now(),
    newId,
    timeZone: localTimeZone(),
  });
  await becomeCurrent(data);
  return data;
};

/** Opens the sample workbook that ships with the app, replacing whatever is open. */
export const openSampleWorkbook = async (): Promise<void> => {
  await becomeCurrent(await unwrap(api().sample.load()));
};

/** Replaces the open workbook with `data` after validating it completely. */
export const loadWorkbookData = async (data: unknown): Promise<void> => {
  await replaceAll(db, parseWorkbookData(data));
};

/**
 * Restores backup `id` (a file name from `backups.list`): main pins the
 * workbook as it is now, then answers with the backup's contents, which
 * replace the open workbook. The one restore flow for the backups dialog and
 * the damaged-file banner.
 */
export const restoreBackup = async (id: string): Promise<void> => {
  const result = await unwrap(api().backups.restore({ id }));
  await loadWorkbookData(result.data);
};

/** Validation message for a workbook name, or null when it is fine. */
export const workbookNameError = (name: string): string | null => {
  const parsed = WorkbookSchema.shape.name.safeParse(name);
  return parsed.success ? null : firstIssueMessage(parsed.error, 'That name cannot be used.');
};

/**
 * Renames the workbook, validating the whole row. Throws a `WriteError` on an
 * invalid name (or a row the schema would refuse); nothing is written then.
 */
export const renameWorkbook = async (id: string, name: string): Promise<void> => {
  await write(db, ['workbooks'], (tx) =>
    tx.update('workbooks', id, (w) => ({ ...w, name }), 'The workbook is no longer open.'),
  );
};
