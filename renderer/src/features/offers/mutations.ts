/**
 * Writes for the offers worksheet: add, duplicate, edit, delete and restore,
 * reorder, baseline, exchange rates and the take-home settings. Every record is validated with the
 * shared schema before it is written, so the store never holds a value the
 * schemas reject; a rejected edit throws and leaves the saved record as it
 * was. Components call these, never the database.
 */

import { db } from '@renderer/db/db';
import { newId } from '@renderer/lib/ids';
import {
  duplicateOfferRecord,
  moveInOrder,
  newOfferFromTemplate,
  uniqueOfferName,
} from '@shared/domain/offers';
import {
  DEFAULT_TAKE_HOME,
  type Offer,
  OfferSchema,
  type TakeHomeSettings,
  WorkbookSchema,
} from '@shared/schemas/records';
import type { Template } from '@shared/schemas/template';
import { type OfferPatch, type PendingEditStore, pendingOfferEdits } from './pendingEdits';

const sortedOffers = async (workbookId: string): Promise<Offer[]> =>
  (await db.offers.where('workbookId').equals(workbookId).toArray()).sort(
    (a, b) => a.position - b.position,
  );

const nextPosition = (offers: readonly Offer[]): number =>
  offers.reduce((max, o) => Math.max(max, o.position + 1), 0);

/** Adds a blank offer pre-filled with the template's conventions; returns its id. */
export const addOffer = async (
  workbookId: string,
  template: Template | null,
  roleId: string,
): Promise<string> =>
  db.transaction('rw', db.offers, async () => {
    const offers = await sortedOffers(workbookId);
    const id = newId();
    const role = template?.roles.find((r) => r.id === roleId);
    const name = uniqueOfferName(
      role ? `${role.shortName} offer` : 'New offer',
      offers.map((o) => o.name),
    );
    const offer = newOfferFromTemplate(template, {
      id,
      workbookId,
      position: nextPosition(offers),
      name,
      roleId,
    });
    await db.offers.add(OfferSchema.parse(offer));
    return id;
  });

/** Copies an offer to the end of the list; returns the copy's id. */
export const duplicateOffer = async (offerId: string): Promise<string> =>
  db.transaction('rw', db.offers, async () => {
    const source = await db.offers.get(offerId);
    if (!source) throw new Error('That offer no longer exists.');
    const offers = await sortedOffers(source.workbookId);
    const copy = duplicateOfferRecord(
      source,
      newId(),
      nextPosition(offers),
      offers.map((o) => o.name),
    );
    await db.offers.add(OfferSchema.parse(copy));
    return copy.id;
  });

/**
 * Applies `patch` to an offer after validating the whole result. Throws a
 * ZodError (nothing written) when the result is invalid.
 */
export const updateOffer = async (
  offerId: string,
  patch: Partial<Omit<Offer, 'id' | 'workbookId'>>,
): Promise<void> => {
  await db.transaction('rw', db.offers, async () => {
    const current = await db.offers.get(offerId);
    if (!current) throw new Error('That offer no longer exists.');
    await db.offers.put(OfferSchema.parse({ ...current, ...patch }));
  });
};

/**
 * The editor's write: validates `patch` on the offer as the screen has it,
 * shows it at once (see `pendingEdits.ts`), then stores it with
 * {@link updateOffer}, which validates again against the stored record.
 * An invalid patch throws before anything is shown; a failed write takes the
 * shown value back and rethrows, so the field can say why.
 */
export const editOffer = async (
  offer: Offer,
  patch: OfferPatch,
  pending: PendingEditStore = pendingOfferEdits,
): Promise<void> => {
  OfferSchema.parse({ ...offer, ...patch });
  pending.show(offer.id, patch);
  let written = false;
  try {
    await updateOffer(offer.id, patch);
    written = true;
  } finally {
    pending.settle(offer.id, patch, written);
  }
};

/** What {@link deleteOffer} removed, for {@link restoreOffer}. */
export type DeletedOffer = { offer: Offer; wasBaseline: boolean };

/** Deletes an offer (clearing it as baseline); returns what undo needs. */
export const deleteOffer = async (offerId: string): Promise<DeletedOffer | null> =>
  db.transaction('rw', db.offers, db.workbooks, async () => {
    const offer = await db.offers.get(offerId);
    if (!offer) return null;
    const workbook = await db.workbooks.get(offer.workbookId);
    const wasBaseline = workbook?.baselineOfferId === offerId;
    await db.offers.delete(offerId);
    if (workbook && wasBaseline) {
      await db.workbooks.put(
        WorkbookSchema.parse({
          ...workbook,
          baselineOfferId: null,
          updatedAt: new Date().toISOString(),
        }),
      );
    }
    return { offer, wasBaseline };
  });

/** Puts a deleted offer back where it was (and as baseline if it was). */
export const restoreOffer = async ({ offer, wasBaseline }: DeletedOffer): Promise<void> => {
  await db.transaction('rw', db.offers, db.workbooks, async () => {
    await db.offers.put(OfferSchema.parse(offer));
    const workbook = await db.workbooks.get(offer.workbookId);
    if (workbook && wasBaseline) {
      await db.workbooks.put(WorkbookSchema.parse({ ...workbook, baselineOfferId: offer.id }));
    }
  });
};

/** Moves an offer `delta` places in the list (−1 = earlier) and renumbers positions. */
export const moveOffer = async (offerId: string, delta: number): Promise<void> => {
  await db.transaction('rw', db.offers, async () => {
    const offer = await db.offers.get(offerId);
    if (!offer) return;
    const offers = await sortedOffers(offer.workbookId);
    const order = moveInOrder(
      offers.map((o) => o.id),
      offerId,
      delta,
    );
    const byId = new Map(offers.map((o) => [o.id, o]));
    const changed = order.flatMap((id, position) => {
      const o = byId.get(id);
      return o && o.position !== position ? [OfferSchema.parse({ ...o, position })] : [];
    });
    await db.offers.bulkPut(changed);
  });
};

/** Marks the offer others are compared against (null = the first offer). */
export const setBaseline = async (workbookId: string, offerId: string | null): Promise<void> => {
  await db.transaction('rw', db.workbooks, async () => {
    const workbook = await db.workbooks.get(workbookId);
    if (!workbook) return;
    await db.workbooks.put(
      WorkbookSchema.parse({
        ...workbook,
        baselineOfferId: offerId,
        updatedAt: new Date().toISOString(),
      }),
    );
  });
};

/**
 * Stores the rate for `currency` (units of the baseline currency per one
 * unit of it), or removes it with null. Throws when the rate is invalid.
 */
export const setFxRate = async (
  workbookId: string,
  currency: string,
  rate: number | null,
): Promise<void> => {
  await db.transaction('rw', db.workbooks, async () => {
    const workbook = await db.workbooks.get(workbookId);
    if (!workbook) return;
    const fxRates = { ...workbook.fxRates };
    if (rate === null) delete fxRates[currency];
    else fxRates[currency] = rate;
    await db.workbooks.put(
      WorkbookSchema.parse({ ...workbook, fxRates, updatedAt: new Date().toISOString() }),
    );
  });
};

/**
 * Changes the workbook's take-home settings (filing status, other household
 * income, the verdict's basis); a workbook without settings starts from the
 * defaults. Throws when the result is invalid, and nothing is written.
 */
export const setTakeHomeSettings = async (
  workbookId: string,
  patch: Partial<TakeHomeSettings>,
): Promise<void> => {
  await db.transaction('rw', db.workbooks, async () => {
    const workbook = await db.workbooks.get(workbookId);
    if (!workbook) return;
    const takeHome = { ...DEFAULT_TAKE_HOME, ...workbook.takeHome, ...patch };
    await db.workbooks.put(
      WorkbookSchema.parse({ ...workbook, takeHome, updatedAt: new Date().toISOString() }),
    );
  });
};

/**
 * Writes the figures accepted from an offer letter: into a new offer (made
 * from the template like "Add offer", then patched) when `targetId` is null,
 * else into that offer. The whole result is validated with the offer schema
 * before anything is written — the same check as typing — so an invalid
 * figure throws and nothing changes. Returns the offer's id.
 */
export const saveOfferFromLetter = async (
  workbookId: string,
  template: Template | null,
  targetId: string | null,
  patch: Partial<Omit<Offer, 'id' | 'workbookId'>>,
): Promise<string> =>
  db.transaction('rw', db.offers, async () => {
    if (targetId !== null) {
      const current = await db.offers.get(targetId);
      if (!current)
        throw new Error('That offer no longer exists. Choose another, or add a new one.');
      await db.offers.put(OfferSchema.parse({ ...current, ...patch }));
      return targetId;
    }
    const offers = await sortedOffers(workbookId);
    const roleId = template?.roles[0]?.id ?? 'other';
    const blank = newOfferFromTemplate(template, {
      id: newId(),
      workbookId,
      position: nextPosition(offers),
      name: 'Offer from letter',
      roleId,
    });
    const name = uniqueOfferName(
      patch.name ?? 'Offer from letter',
      offers.map((o) => o.name),
    ).slice(0, 80);
    const offer = OfferSchema.parse({ ...blank, ...patch, name });
    await db.offers.add(offer);
    return offer.id;
  });
