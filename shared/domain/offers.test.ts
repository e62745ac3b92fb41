import { describe, expect, it } from 'vitest';
import amazonJson from '../../resources/templates/amazon-pmm-vs-pm.json';
import { OfferSchema } from '../schemas/records';
import { TemplateSchema } from '../schemas/template';
import {
  duplicateOfferRecord,
  effectiveBaselineId,
  foreignCurrencies,
  grantSplitByYear,
  moveInOrder,
  newOfferFromTemplate,
  parseNumberInput,
  parseYearPctInput,
  uniqueOfferName,
} from './offers';

const amazon = TemplateSchema.parse(amazonJson);
const input = { id: 'o1', workbookId: 'wb', position: 0, name: 'PM offer', roleId: 'pm' };

describe('newOfferFromTemplate', () => {
  it('pre-fills Amazon conventions: 5/15/40/40, monthly sign-on, no bonus', () => {
    const offer = newOfferFromTemplate(amazon, input);
    expect(offer.vesting).toEqual({ preset: 'amazon', yearPct: [5, 15, 40, 40] });
    expect(offer.signOnPaidMonthly).toBe(true);
    expect(offer.bonusTargetPct).toBe(0);
    expect(offer.company).toBe('Amazon');
    expect(offer.currency).toBe('USD');
    expect(offer.clawback).toBe('prorated');
    expect(offer.isExample).toBe(false);
    expect(OfferSchema.safeParse(offer).success).toBe(true);
  });
  it('falls back to an even 4-year cliff schedule without conventions', () => {
    const offer = newOfferFromTemplate(null, input);
    expect(offer.vesting).toEqual({ preset: 'even-cliff', yearPct: [25, 25, 25, 25] });
    expect(offer.signOnPaidMonthly).toBe(false);
    expect(offer.clawback).toBe('none');
    expect(offer.company).toBe('');
    expect(OfferSchema.safeParse(offer).success).toBe(true);
  });
});

describe('names and duplicates', () => {
  it('numbers a taken name', () => {
    expect(uniqueOfferName('Offer', [])).toBe('Offer');
    expect(uniqueOfferName('Offer', ['offer ', 'Offer 2'])).toBe('Offer 3');
  });
  it('copies an offer under a new id, never as an example', () => {
    const source = { ...newOfferFromTemplate(amazon, input), isExample: true, baseSalary: 5 };
    const copy = duplicateOfferRecord(source, 'o2', 1, ['PM offer']);
    expect(copy).toMatchObject({
      id: 'o2',
      position: 1,
      name: 'PM offer (copy)',
      isExample: false,
    });
    expect(copy.baseSalary).toBe(5);
    expect(copy.vesting.yearPct).not.toBe(source.vesting.yearPct);
    expect(duplicateOfferRecord(source, 'o3', 2, ['PM offer (copy)']).name).toBe(
      'PM offer (copy) 2',
    );
    // Copying the copy numbers it instead of stacking suffixes.
    const copyOfCopy = duplicateOfferRecord(copy, 'o4', 3, ['PM offer', 'PM offer (copy)']);
    expect(copyOfCopy.name).toBe('PM offer (copy) 2');
  });
});

describe('moveInOrder', () => {
  it('moves one place and clamps at the ends', () => {
    expect(moveInOrder(['a', 'b', 'c'], 'c', -1)).toEqual(['a', 'c', 'b']);
    expect(moveInOrder(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(moveInOrder(['a', 'b', 'c'], 'a', 5)).toEqual(['b', 'c', 'a']);
    expect(moveInOrder(['a'], 'x', 1)).toEqual(['a']);
  });
});

describe('baseline and currencies', () => {
  const offers = [
    { id: 'a', currency: 'USD' },
    { id: 'b', currency: 'EUR' },
    { id: 'c', currency: 'EUR' },
    { id: 'd', currency: 'GBP' },
  ];
  it('uses the marked baseline, else the first offer', () => {
    expect(effectiveBaselineId(offers, 'c')).toBe('c');
    expect(effectiveBaselineId(offers, 'gone')).toBe('a');
    expect(effectiveBaselineId(offers, null)).toBe('a');
    expect(effectiveBaselineId([], null)).toBeNull();
  });
  it('lists each foreign currency once, in order', () => {
    expect(foreignCurrencies(offers, 'USD')).toEqual(['EUR', 'GBP']);
    expect(foreignCurrencies(offers, 'EUR')).toEqual(['USD', 'GBP']);
  });
});

describe('parseNumberInput', () => {
  it('reads signs, decimals and a percent sign', () => {
    expect(parseNumberInput('15')).toEqual({ ok: true, value: 15 });
    expect(parseNumberInput(' +15 % ')).toEqual({ ok: true, value: 15 });
    expect(parseNumberInput('\u221220')).toEqual({ ok: true, value: -20 });
    expect(parseNumberInput('-0')).toEqual({ ok: true, value: 0 });
    expect(parseNumberInput('2.5%')).toEqual({ ok: true, value: 2.5 });
    expect(parseNumberInput('.5')).toEqual({ ok: true, value: 0.5 });
  });
  it('refuses text and odd forms', () => {
    for (const bad of ['', 'ten', '1,5', '5%%', '1e3', '--2']) {
      expect(parseNumberInput(bad).ok).toBe(false);
    }
  });
});

describe('parseYearPctInput', () => {
  it('splits on commas, slashes and spaces', () => {
    expect(parseYearPctInput('5/15/40/40')).toEqual({ ok: true, value: [5, 15, 40, 40] });
    expect(parseYearPctInput('10, 20 30')).toEqual({ ok: true, value: [10, 20, 30] });
  });
  it('refuses empty text and words', () => {
    expect(parseYearPctInput(' ').ok).toBe(false);
    expect(parseYearPctInput('10, x').ok).toBe(false);
  });
});

describe('grantSplitByYear', () => {
  it('splits a $160,000 grant 5/15/40/40', () => {
    // 16,000,000 cents × 5% = 800,000; × 15% = 2,400,000; × 40% = 6,400,000 (twice).
    expect(grantSplitByYear(160_000_00, { yearPct: [5, 15, 40, 40] })).toEqual([
      800_000, 2_400_000, 6_400_000, 6_400_000,
    ]);
  });
  it('rounds each year half away from zero', () => {
    // 1 cent × 50% = 0.5 → 1 cent in each year.
    expect(grantSplitByYear(1, { yearPct: [50, 50] })).toEqual([1, 1]);
  });
});
