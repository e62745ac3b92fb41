import 'fake-indexeddb/auto';
import { newOfferFromTemplate } from '@shared/domain/offers';
import type { Offer } from '@shared/schemas/records';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@renderer/db/db', async () => {
  const { freshDb } = await import('@renderer/db/testing');
  return { db: freshDb() };
});

const { db } = await import('@renderer/db/db');
const { saveOfferFromLetter } = await import('./mutations');

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

beforeEach(async () => {
  await db.offers.clear();
  await db.offers.put(OFFER);
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
