/**
 * Live reads of a workbook's offers, in their on-screen order (sorted in the
 * query, the `db/live.ts` convention), with edits still being written shown
 * over the stored records (`lib/pendingWrites.ts`, kind `offer`). Structurally shared: when the
 * write of a pending edit lands (the live query re-reads every offer) or the
 * pending value is dropped after it, the result keeps the same objects, and
 * the page is not rendered again (`useLiveShown`): before, every edit drew the
 * Offers page twice more with the same figures, ~70 ms and ~1 s after it.
 */

import { db, firstReads } from '@renderer/db/db';
import { useLiveShown } from '@renderer/db/live';
import { offersInOrder } from '@renderer/db/queries';
import { pendingWrites, withPending } from '@renderer/lib/pendingWrites';
import { shareById } from '@renderer/lib/structuralSharing';
import type { Offer } from '@shared/schemas/records';

const key = (workbookId: string) => `offers:${workbookId}`;

/** Reads the offers ahead of the first screen (`db/firstReads.ts`). */
export const readOffersAhead = (workbookId: string): Promise<unknown> =>
  firstReads.prime(key(workbookId), () => offersInOrder(db, workbookId));

/** The offers as shown: the stored ones with pending edits laid over, sharing what did not change. */
const showOffers = (stored: Offer[], shown: Offer[] | undefined): Offer[] =>
  shareById(shown, withPending(stored, pendingWrites.patches('offer')));

/**
 * Calls `changed` when the offers' own pending patches change, not at every change of the
 * pending writes: another feature's edit (a rating, a prep note) publishes too, and the offers,
 * read by a command mounted in every section, need not be looked at again for it.
 */
export const onOfferPatches = (changed: () => void): (() => void) => {
  let seen = pendingWrites.patches('offer');
  return pendingWrites.subscribe(() => {
    const now = pendingWrites.patches('offer');
    if (now === seen) return;
    seen = now;
    changed();
  });
};

/** The workbook's offers sorted by position; `undefined` while loading. */
export const useOffers = (workbookId: string): Offer[] | undefined =>
  useLiveShown(
    () => offersInOrder(db, workbookId),
    [workbookId],
    firstReads.take<Offer[]>(key(workbookId)),
    showOffers,
    onOfferPatches,
  );
