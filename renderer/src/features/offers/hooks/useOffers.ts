/** Live reads of a workbook's offers, in their on-screen order. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Offer } from '../../../../../shared/schemas/records';
import { db } from '../../../db/db';

/** The workbook's offers sorted by position; `undefined` while loading. */
export const useOffers = (workbookId: string): Offer[] | undefined =>
  useLiveQuery(
    async () =>
      (await db.offers.where('workbookId').equals(workbookId).toArray()).sort(
        (a, b) => a.position - b.position,
      ),
    [workbookId],
  );
