/**
 * Live reads of a workbook's offers, in their on-screen order, with edits
 * still being written shown over the stored records (`pendingEdits.ts`).
 */

import { db } from '@renderer/db/db';
import { pendingOfferEdits, withPendingEdits } from '@renderer/features/offers/pendingEdits';
import type { Offer } from '@shared/schemas/records';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useSyncExternalStore } from 'react';

/** The workbook's offers sorted by position; `undefined` while loading. */
export const useOffers = (workbookId: string): Offer[] | undefined => {
  const stored = useLiveQuery(
    async () =>
      (await db.offers.where('workbookId').equals(workbookId).toArray()).sort(
        (a, b) => a.position - b.position,
      ),
    [workbookId],
  );
  const pending = useSyncExternalStore(pendingOfferEdits.subscribe, pendingOfferEdits.snapshot);
  return useMemo(() => stored && withPendingEdits(stored, pending), [stored, pending]);
};
