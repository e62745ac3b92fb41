/** Live reads of the open workbook. */

import { db } from '@renderer/db/db';
import type { Workbook } from '@shared/schemas/records';
import { useLiveQuery } from 'dexie-react-hooks';

const LOADING = Symbol('loading');

/** The open workbook; `undefined` while loading, `null` when there is none. */
export const useWorkbook = (): Workbook | null | undefined => {
  const value = useLiveQuery(
    async () => (await db.workbooks.toCollection().first()) ?? null,
    [],
    LOADING,
  );
  return value === LOADING ? undefined : value;
};
