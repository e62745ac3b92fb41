/**
 * Live reads of a workbook's offers, in their on-screen order (sorted in the
 * query, the `db/live.ts` convention), with edits still being written shown
 * over the stored records (`pendingEdits.ts`). Structurally shared: when the
 * write of a pending edit lands (the live query re-reads every offer) or the
 * pending value is dropped after it, the result keeps the same objects, so the
 * page does not render the same figures again.
 */

import { db } from '@renderer/db/db';
import { useLive } from '@renderer/db/live';
import { offersInOrder } from '@renderer/db/queries';
import { pendingOfferEdits, withPendingEdits } from '@renderer/features/offers/pendingEdits';
import { shareById } from '@renderer/lib/structuralSharing';
import type { Offer } from '@shared/schemas/records';
import { useMemo, useRef, useSyncExternalStore } from 'react';

/** The workbook's offers sorted by position; `undefined` while loading. */
export const useOffers = (workbookId: string): Offer[] | undefined => {
  const stored = useLive(() => offersInOrder(db, workbookId), [workbookId]);
  const pending = useSyncExternalStore(pendingOfferEdits.subscribe, pendingOfferEdits.snapshot);
  const previous = useRef<Offer[] | undefined>(undefined);
  return useMemo(() => {
    if (!stored) return stored;
    const shared = shareById(previous.current, withPendingEdits(stored, pending));
    previous.current = shared;
    return shared;
  }, [stored, pending]);
};
