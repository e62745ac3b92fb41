/**
 * Live reads of a workbook's offers, in their on-screen order (sorted in the
 * query), with edits still being written shown over the stored records
 * (`pendingEdits.ts`). Follows the `db/live.ts` convention.
 */

import { db } from '@renderer/db/db';
import { useLive } from '@renderer/db/live';
import { offersInOrder } from '@renderer/db/queries';
import { pendingOfferEdits, withPendingEdits } from '@renderer/features/offers/pendingEdits';
import type { Offer } from '@shared/schemas/records';
import { useMemo, useSyncExternalStore } from 'react';

/** The workbook's offers sorted by position; `undefined` while loading. */
export const useOffers = (workbookId: string): Offer[] | undefined => {
  const stored = useLive(() => offersInOrder(db, workbookId), [workbookId]);
  const pending = useSyncExternalStore(pendingOfferEdits.subscribe, pendingOfferEdits.snapshot);
  return useMemo(() => stored && withPendingEdits(stored, pending), [stored, pending]);
};
