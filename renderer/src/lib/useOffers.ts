/**
 * Live reads of a workbook's offers, in their on-screen order (sorted in the
 * query, the `db/live.ts` convention), with edits still being written shown
 * over the stored records (`lib/pendingWrites.ts`, kind `offer`). Structurally shared: when the
 * write of a pending edit lands (the live query re-reads every offer) or the
 * pending value is dropped after it, the result keeps the same objects, so the
 * page does not render the same figures again.
 */

import { db, firstReads } from '@renderer/db/db';
import { useLive } from '@renderer/db/live';
import { offersInOrder } from '@renderer/db/queries';
import { pendingWrites, withPending } from '@renderer/lib/pendingWrites';
import { shareById } from '@renderer/lib/structuralSharing';
import type { Offer } from '@shared/schemas/records';
import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react';

const key = (workbookId: string) => `offers:${workbookId}`;

/** Reads the offers ahead of the first screen (`db/firstReads.ts`). */
export const readOffersAhead = (workbookId: string): Promise<unknown> =>
  firstReads.prime(key(workbookId), () => offersInOrder(db, workbookId));

/** The workbook's offers sorted by position; `undefined` while loading. */
export const useOffers = (workbookId: string): Offer[] | undefined => {
  const stored = useLive(
    () => offersInOrder(db, workbookId),
    [workbookId],
    firstReads.take<Offer[]>(key(workbookId)),
  );
  // The offers' own map: the same object while only other kinds change, so
  // another feature's pending write does not re-render the grid.
  const offerPatches = useCallback(() => pendingWrites.patches('offer'), []);
  const pending = useSyncExternalStore(pendingWrites.subscribe, offerPatches);
  const previous = useRef<Offer[] | undefined>(undefined);
  return useMemo(() => {
    if (!stored) return stored;
    const shared = shareById(previous.current, withPending(stored, pending));
    previous.current = shared;
    return shared;
  }, [stored, pending]);
};
