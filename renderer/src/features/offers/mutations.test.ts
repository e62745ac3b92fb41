import 'fake-indexeddb/auto';
import { createPendingWriteStore } from '@renderer/lib/pendingWrites';
import { newOfferFromTemplate } from '@shared/domain/offers';
import { createWorkbookData } from '@shared/domain/workbook';
import type { Offer } from '@shared/schemas/records';
import type { Template } from '@shared/schemas/template';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import amazon from '../../../../resources/templates/amazon-pmm-vs-pm.json';

vi.mock('@renderer/db/db', async () => (await import('@renderer/db/testing')).liveDbModule());

const { db } = await import('@renderer/db/db');
const { deleteOffer, editOffer, saveOfferFromLetter } = await import('./mutations');
const { restore } = await import('@renderer/db/restore');

const OFFER: Offer = {
  ...newOfferFromTemplate(null, {
    id: 'o1',
    workbookId: 'wb',
    position: 0,
    name: 'PM offer',
    roleId: 'pm',
  }),
  baseSalary: 200_000_00,
};

const stored = async () => (await db.offers.get('o1'))?.baseSalary;

beforeEach(async () => {
  await db.offers.clear();
  await db.offers.put(OFFER);
});

describe('editOffer', () => {
  it('shows the edit before the write finishes, then stores it', async () => {
    const pending = createPendingWriteStore(() => undefined);
    const done = editOffer(OFFER, { baseSalary: 210_000_00 }, pending);
    // Synchronously visible: the write has not had a chance to run yet.
    expect(pending.patch('offer', 'o1')).toEqual({ baseSalary: 210_000_00 });
    await done;
    expect(await stored()).toBe(210_000_00);
  });

  it('rejects a value the schema refuses without showing or writing it', async () => {
    const pending = createPendingWriteStore(() => undefined);
    await expect(editOffer(OFFER, { baseSalary: -5 }, pending)).rejects.toThrow();
    expect(pending.patches('offer').size).toBe(0);
    expect(await stored()).toBe(200_000_00);
  });

  it('takes the shown value back when the write fails, and says why', async () => {
    const pending = createPendingWriteStore(() => undefined);
    await db.offers.delete('o1');
    await expect(editOffer(OFFER, { baseSalary: 1_00 }, pending)).rejects.toThrow(
      'That offer no longer exists.',
    );
    expect(pending.patches('offer').size).toBe(0);
  });

  it('writes only the edited field, so a concurrent edit of another field survives', async () => {
    const pending = createPendingWriteStore(() => undefined);
    await db.offers.update('o1', { name: 'Renamed elsewhere' });
    // OFFER (the screen's copy) still has the old name; the write must not bring it back.
    await editOffer(OFFER, { baseSalary: 205_000_00 }, pending);
    const after = await db.offers.get('o1');
    expect(after?.name).toBe('Renamed elsewhere');
    expect(after?.baseSalary).toBe(205_000_00);
  });
});

describe('saveOfferFromLetter', () => {
  it('adds a new offer at the end with the letter’s figures and sources', async () => {
    const id = await saveOfferFromLetter('wb', null, null, {
      name: 'PM offer',
      baseSalary: 150_000_00,
      sources: { baseSalary: 'offer-letter' },
    });
    const added = await db.offers.get(id);
    expect(added).toMatchObject({
      name: 'PM offer 2',
      position: 1,
      baseSalary: 150_000_00,
      sources: { baseSalary: 'offer-letter' },
    });
  });

  it('updates a chosen offer, and writes nothing when the result fails validation', async () => {
    await saveOfferFromLetter('wb', null, 'o1', {
      signOnYear1: 30_000_00,
      sources: { signOnYear1: 'offer-letter' },
    });
    expect((await db.offers.get('o1'))?.signOnYear1).toBe(30_000_00);
    await expect(
      saveOfferFromLetter('wb', null, 'o1', { baseSalary: -1, sources: {} }),
    ).rejects.toThrow();
    expect((await db.offers.get('o1'))?.baseSalary).toBe(200_000_00);
    expect(await db.offers.count()).toBe(1);
  });
});

describe('setTakeHomeSettings', () => {
  const WORKBOOK = {
    id: 'wb',
    name: 'Choice',
    templateId: 't',
    templateVersion: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    baselineOfferId: null,
    fxRates: {},
    decision: { notes: '', chosenOfferId: null, factors: [], scores: {}, payPointPct: 2 },
    paperSize: 'auto' as const,
  };

  it('starts a workbook without settings from the defaults and keeps the rest', async () => {
    const { setTakeHomeSettings } = await import('./mutations');
    await db.workbooks.put(WORKBOOK);
    await setTakeHomeSettings('wb', { basis: 'take-home' });
    expect((await db.workbooks.get('wb'))?.takeHome).toEqual({
      filingStatus: 'single',
      otherIncome: 0,
      basis: 'take-home',
    });
    await setTakeHomeSettings('wb', { filingStatus: 'marriedJointly', otherIncome: 5_000_000 });
    expect((await db.workbooks.get('wb'))?.takeHome).toEqual({
      filingStatus: 'marriedJointly',
      otherIncome: 5_000_000,
      basis: 'take-home',
    });
  });

  it('writes nothing when the result is invalid', async () => {
    const { setTakeHomeSettings } = await import('./mutations');
    await db.workbooks.put(WORKBOOK);
    await expect(setTakeHomeSettings('wb', { otherIncome: -1 })).rejects.toThrow();
    expect((await db.workbooks.get('wb'))?.takeHome).toBeUndefined();
  });
});

describe('deleteOffer', () => {
  it('clears the baseline with the offer, and its undo puts both back', async () => {
    const { workbook } = createWorkbookData(amazon as unknown as Template, {
      name: 'Delete test',
      now: new Date('2026-11-20T09:00:00Z'),
      newId: () => 'wb',
      timeZone: 'UTC',
    });
    await db.workbooks.put({ ...workbook, id: 'wb', baselineOfferId: 'o1' });
    const deleted = await deleteOffer('o1');
    expect(deleted?.value.name).toBe('PM offer');
    expect(await db.offers.get('o1')).toBeUndefined();
    expect((await db.workbooks.get('wb'))?.baselineOfferId).toBeNull();
    if (deleted) await restore(db, deleted.undo);
    expect(await db.offers.get('o1')).toEqual(OFFER);
    expect((await db.workbooks.get('wb'))?.baselineOfferId).toBe('o1');
  });

  it('returns null, offering no undo, for an offer already gone', async () => {
    await db.offers.delete('o1');
    expect(await deleteOffer('o1')).toBeNull();
  });
});
