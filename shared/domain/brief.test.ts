import { describe, expect, it } from 'vitest';
import { type BriefFacts, isNearlyEmpty, missingForBrief, notesExcerpt } from './brief';

const full: BriefFacts = {
  offers: 2,
  comparableOffers: 2,
  fitAnswered: true,
  decided: true,
  notes: 'Going with the PMM offer.',
};

describe('missingForBrief', () => {
  it('finds nothing missing in a filled workbook', () => {
    expect(missingForBrief(full)).toEqual([]);
    expect(isNearlyEmpty(full)).toBe(false);
  });

  it('lists what an empty workbook lacks and asks before exporting it', () => {
    const empty: BriefFacts = {
      offers: 0,
      comparableOffers: 0,
      fitAnswered: false,
      decided: false,
      notes: '  ',
    };
    expect(missingForBrief(empty)).toEqual([
      'There are no offers yet: add them on the Offers page.',
      'The role-fit worksheet has no answers, so there is no lean: fill it in on Role fit.',
      'No offer is chosen as your decision.',
      'There are no decision notes.',
    ]);
    expect(isNearlyEmpty(empty)).toBe(true);
  });

  it('asks when there is no pay comparison even if the rest is there', () => {
    const one = { ...full, offers: 2, comparableOffers: 1 };
    expect(missingForBrief(one)).toEqual([
      'Fewer than two offers have a base salary, so there is no pay comparison: complete them on the Offers page.',
    ]);
    expect(isNearlyEmpty(one)).toBe(true);
  });

  it('does not ask when only one or two parts are missing', () => {
    const twoMissing = { ...full, decided: false, notes: '' };
    expect(missingForBrief(twoMissing)).toHaveLength(2);
    expect(isNearlyEmpty(twoMissing)).toBe(false);
    expect(isNearlyEmpty({ ...twoMissing, fitAnswered: false })).toBe(true);
  });
});

describe('notesExcerpt', () => {
  it('keeps short notes whole', () => {
    expect(notesExcerpt('One line.\nTwo lines.\n\n')).toEqual({
      text: 'One line.\nTwo lines.',
      continued: false,
    });
  });

  it('stops after the line limit and marks the rest as continued', () => {
    expect(notesExcerpt('a\nb\nc\nd', 2)).toEqual({ text: 'a\nb…', continued: true });
  });

  it('cuts long text at the last space before the limit, never inside an emoji', () => {
    // 20 characters allowed: "alpha beta gamma del" → cut at the space before "del".
    expect(notesExcerpt('alpha beta gamma delta epsilon', 6, 20)).toEqual({
      text: 'alpha beta gamma…',
      continued: true,
    });
    // Code points, not UTF-16 units: 🚀 counts once and stays whole.
    const rockets = '🚀'.repeat(30);
    const cut = notesExcerpt(rockets, 6, 10);
    expect(cut.text).toBe(`${'🚀'.repeat(10)}…`);
    expect(cut.continued).toBe(true);
  });
});
