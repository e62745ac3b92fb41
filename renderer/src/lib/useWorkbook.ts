/** Live reads of the open workbook (the `db/live.ts` convention). */

import { db } from '@renderer/db/db';
import { useLive } from '@renderer/db/live';
import { openWorkbook } from '@renderer/db/queries';
import type { Workbook } from '@shared/schemas/records';

/** The open workbook; `undefined` while loading, `null` when there is none. */
export const useWorkbook = (): Workbook | null | undefined => useLive(() => openWorkbook(db), []);
