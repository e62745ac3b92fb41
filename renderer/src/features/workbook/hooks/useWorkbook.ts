/** Live reads of the open workbook. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Workbook } from '../../../../../shared/schemas/records';
import { db } from '../../../db/db';

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
