/**
 * Writes for the offers worksheet: add, duplicate, edit, delete (with undo),
 * reorder, baseline, exchange rates and the take-home settings. All go
 * through the write kit
 * (`db/writeKit.ts`): the whole row is validated with the shared schema, so
 * the store never holds a value the schemas reject; a refused edit throws a
 * `WriteError` and leaves the saved records as they were. Components call
 * these, never the database.
 */

import { db } from '@renderer/db/db';
import { WriteError } from '@renderer/db/writeError';
import { checkRow, type Written, write, writeValue } from '@renderer/db/writeKit';
import { newId } from '@renderer/lib/ids';
import {
  type OfferPatch,
  type PendingWriteStore,
  pendingWrites,
} from '@renderer/lib/pendingWrites';
import type { ProjectionYears } from '@shared/domain/comp';
import {
  duplicateOfferRecord,
  moveInOrder,
  newOfferFromTemplate,
  uniqueOfferName,
} from '@shared/domain/offers';
import { DEFAULT_TAKE_HOME, type Offer, type TakeHomeSettings } from '@shared/schemas/records';
import type { Template } from '@shared/schemas/template';

const sortedOffers = async (workbookId: string): Promise<Offer[]> =>
  (await db.offers.where('workbookId').equals(workbookId).toArray()).sort(
    (a, b) => a.position - b.position,
  );

const OFFER_GONE = 'That offer no longer exists.';

const nextPosition = (offers: readonly Offer[]): number =>
  offers.reduce((max, o) => Math.max(max, o.position + 1), 0);

/** Adds a blank offer pre-filled with the template's conventions; returns its id. */
export const addOffer = async (
  workbookId: string,
  template: Template | null,
  roleId: string,
): Promise<string> =>
  writeValue(db, ['offers'], async (tx) => {
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
    await tx.put('offers', offer);
    return id;
  });

/** Copies an offer to the end of the list; returns the copy's id. */
export const duplicateOffer = async (offerId: string): Promise<string> =>
  writeValue(db, ['offers'], async (tx) => {
    const source = await tx.get('offers', offerId);
    if (!source) throw new WriteError(OFFER_GONE);
    const offers = await sortedOffers(source.workbookId);
    const copy = duplicateOfferRecord(
      source,
      newId(),
      nextPosition(offers),
      offers.map((o) => o.name),
    );
    await tx.put('offers', copy);
    return copy.id;
  });

/**
 * Applies `patch` to an offer after validating the whole result. Throws a
 * `WriteError` (nothing written) when the result is invalid.
 */
export const updateOffer = async (
  offerId: string,
  patch: Partial<Omit<Offer, 'id' | 'workbookId'>>,
): Promise<void> => {
  await write(db, ['offers'], (tx) =>
    tx.update('offers', offerId, (current) => ({ ...current, ...patch }), OFFER_GONE),
  );
};

/**
 * The editor's write: validates `patch` on the offer as the screen has it,
 * shows it at once (see `lib/pendingWrites.ts`), then stores it with
 * {@link updateOffer}, which validates again against the stored record.
 * An invalid patch throws before anything is shown; a failed write takes the
 * shown value back and rethrows, so the field can say why.
 */
export const editOffer = async (
  offer: Offer,
  patch: OfferPatch,
  pending: PendingWriteStore = pendingWrites,
): Promise<void> => {
  checkRow('offers', { ...offer, ...patch });
  pending.show('offer', offer.id, patch);
  let written = false;
  try {
    await updateOffer(offer.id, patch);
    written = true;
  } finally {
    pending.settle('offer', offer.id, patch, written);
  }
};

/**
 * Deletes an offer (clearing it as baseline if it was); returns the deleted
 * offer and the undo snapshot that puts both back, or null when it was gone.
 */
export const deleteOffer = async (offerId: string): Promise<Written<Offer> | null> => {
  const done = await write(db, ['offers', 'workbooks'], async (tx) => {
    const offer = await tx.delete('offers', offerId);
    if (!offer) return null;
    const workbook = await tx.get('workbooks', offer.workbookId);
    if (workbook?.baselineOfferId === offerId)
      await tx.put('workbooks', { ...workbook, baselineOfferId: null });
    return offer;
  });
  return done.value ? { value: done.value, undo: done.undo } : null;
};

/** Moves an offer `delta` places in the list (−1 = earlier) and renumbers positions. */
export const moveOffer = async (offerId: string, delta: number): Promise<void> => {
  await write(db, ['offers'], async (tx) => {
    const offer = await tx.get('offers', offerId);
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
      return o && o.position !== position ? [{ ...o, position }] : [];
    });
    await tx.bulkPut('offers', changed);
  });
};

/** Marks the offer others are compared against (null = the first offer). */
export const setBaseline = async (workbookId: string, offerId: string | null): Promise<void> => {
  await write(db, ['workbooks'], async (tx) => {
    const workbook = await tx.get('workbooks', workbookId);
    if (workbook) await tx.put('workbooks', { ...workbook, baselineOfferId: offerId });
  });
};

/**
 * Remembers how many years (4, 5 or 6) the by-year table and chart show for
 * this workbook. The 4-year figures never change with it.
 */
export const setProjectionYears = async (
  workbookId: string,
  projectionYears: ProjectionYears,
): Promise<void> => {
  await write(db, ['workbooks'], async (tx) => {
    const workbook = await tx.get('workbooks', workbookId);
    if (workbook) await tx.put('workbooks', { ...workbook, projectionYears });
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
  await write(db, ['workbooks'], async (tx) => {
    const workbook = await tx.get('workbooks', workbookId);
    if (!workbook) return;
    const fxRates = { ...workbook.fxRates };
    if (rate === null) delete fxRates[currency];
    else fxRates[currency] = rate;
    await tx.put('workbooks', { ...workbook, fxRates });
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
  await write(db, ['workbooks'], async (tx) => {
    const workbook = await tx.get('workbooks', workbookId);
    if (!workbook) return;
    const takeHome = { ...DEFAULT_TAKE_HOME, ...workbook.takeHome, ...patch };
    await tx.put('workbooks', { ...workbook, takeHome });
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
  writeValue(db, ['offers'], async (tx) => {
    if (targetId !== null) {
      await tx.update(
        'offers',
        targetId,
        (current) => ({ ...current, ...patch }),
        'That offer no longer exists. Choose another, or add a new one.',
      );
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
    const offer = await tx.put('offers', { ...blank, ...patch, name });
    return offer.id;
  });
