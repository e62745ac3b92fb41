/**
 * Writes to the workbook row and whole-workbook replacements. Every write is
 * validated with the shared schema first, so the store never holds a value
 * the schemas would reject.
 */

import { db } from '@renderer/db/db';
import { replaceAll } from '@renderer/db/snapshot';
import { api, unwrap } from '@renderer/lib/api';
import { localTimeZone } from '@renderer/lib/dates';
import { newId } from '@renderer/lib/ids';
import { createWorkbookData } from '@shared/domain/workbook';
import { type WorkbookData, WorkbookDataSchema, WorkbookSchema } from '@shared/schemas/records';
import type { Template } from '@shared/schemas/template';

/**
 * Makes `data` the open workbook: main writes it to disk first (keeping what
 * was open as a pinned backup), then the live store is replaced.
 */
const becomeCurrent = async (data: WorkbookData): Promise<void> => {
  const valid = WorkbookDataSchema.parse(data);
  await unwrap(api().workbook.startNew(valid));
  await replaceAll(db, valid);
};

/** Starts a new workbook from `template`, replacing whatever is open. */
export const startWorkbook = async (template: Template, name: string): Promise<WorkbookData> => {
  const data = createWorkbookData(template, {
    name,
    now: new Date(),
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
  await replaceAll(db, WorkbookDataSchema.parse(data));
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
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'That name cannot be used.');
};

/** Renames the workbook. Throws on an invalid name; nothing is written then. */
export const renameWorkbook = async (id: string, name: string): Promise<void> => {
  const parsed = WorkbookSchema.shape.name.parse(name);
  await db.workbooks.update(id, { name: parsed, updatedAt: new Date().toISOString() });
};
