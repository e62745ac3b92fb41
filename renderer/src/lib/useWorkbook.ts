/** Live reads of the open workbook (the `db/live.ts` convention), and its read ahead. */

import { db, firstReads } from '@renderer/db/db';
import { useLive } from '@renderer/db/live';
import { openWorkbook } from '@renderer/db/queries';
import type { Workbook } from '@shared/schemas/records';

const KEY = 'workbook';

/** Reads the open workbook ahead of the first screen (`db/firstReads.ts`); resolves to it. */
export const readWorkbookAhead = (): Promise<Workbook | null> =>
  firstReads.prime(KEY, () => openWorkbook(db));

/** The open workbook; `undefined` while loading, `null` when there is none. */
export const useWorkbook = (): Workbook | null | undefined =>
  useLive(() => openWorkbook(db), [], firstReads.take<Workbook | null>(KEY));
