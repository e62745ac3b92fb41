import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractOfferLetter, HOURS_PER_YEAR } from './extract';
import { findDates, findMoney, findPercents, normaliseDigits } from './tokens';

describe('tokens', () => {
  it('reads money in US, UK and German formats, in minor units', () => {
    const got = findMoney(
      '$182,000 · £96,500 · 92.500,00 EUR · 8.000 € · $155k · $1.2 million · USD 95,000',
    );
    expect(got.map((m) => [m.cents, m.currency])).toEqual([
      [18_200_000, 'USD'], // 182,000 × 100
      [9_650_000, 'GBP'], // 96,500 × 100
      [9_250_000, 'EUR'], // 92.500,00 → 92500.00 → × 100
      [800_000, 'EUR'], // 8.000 → 8000 → × 100
      [15_500_000, 'USD'], // 155 × 1,000 × 100
      [120_000_000, 'USD'], // 1.2 × 1,000,000 × 100
      [9_500_000, 'USD'],
    ]);
  });

  it('never reads a bare number, a date, a zip code or a street number as money', () => {
    expect(findMoney('410 Terry Ave N, Seattle, WA 98109 on March 2, 2027 with 310 units')).toEqual(
      [],
    );
  });

  it('tells thousands marks from decimal points', () => {
    expect(normaliseDigits('150,000')).toBe('150000');
    expect(normaliseDigits('85.000')).toBe('85000');
    expect(normaliseDigits('85.000,50')).toBe('85000.50');
    expect(normaliseDigits('1,234.5')).toBe('1234.5');
    expect(normaliseDigits('215.40')).toBe('215.40');
  });

  it('reads percents and dates in the forms letters use', () => {
    expect(findPercents('12.5% · 10 Prozent · 7,5 %').map((p) => p.pct)).toEqual([12.5, 10, 7.5]);
    expect(
      findDates('March 2, 2027; 3 May 2027; 1. Juni 2027; 30.04.2027; 2027-01-04', true).map(
        (d) => d.iso,
      ),
    ).toEqual(['2027-03-02', '2027-05-03', '2027-06-01', '2027-04-30', '2027-01-04']);
    // 03/04/2027 is 3 April in a UK letter and March 4 in a US one; 31/02 is no date.
    expect(findDates('03/04/2027', true)[0]?.iso).toBe('2027-04-03');
    expect(findDates('03/04/2027', false)[0]?.iso).toBe('2027-03-04');
    expect(findDates('31/02/2027', true)).toEqual([]);
  });
});

describe('extractOfferLetter — the traps', () => {
  it('reads "$160,000 RSU grant vesting over four years" as the grant value, not a yearly figure', () => {
    const x = extractOfferLetter('The $160,000 RSU grant vesting over four years is yours.');
    expect(x.fields.rsuGrantValue?.value).toBe(16_000_000);
    expect(x.fields.rsuGrantValue?.clear).toBe(true);
  });

  it('reads a yearly RSU figure as 4 × that, unticked, with the reason', () => {
    const x = extractOfferLetter('You get $40,000 per year in RSUs.');
    // 40,000 × 4 years = 160,000 → 16,000,000 cents
    expect(x.fields.rsuGrantValue?.value).toBe(16_000_000);
    expect(x.fields.rsuGrantValue?.clear).toBe(false);
    expect(x.fields.rsuGrantValue?.reason).toMatch(/yearly figure/);
  });

  it('reads "$60,000 sign-on, $45,000 in year two" as two figures', () => {
    const x = extractOfferLetter('You will receive $60,000 sign-on, $45,000 in year two.');
    expect(x.fields.signOnYear1?.value).toBe(6_000_000);
    expect(x.fields.signOnYear2?.value).toBe(4_500_000);
  });

  it('does not take a 401(k) match, relocation or benefits figure as pay', () => {
    const x = extractOfferLetter(
      'A relocation allowance of $12,500.\nA 401(k) match of up to $9,000.\nBenefits worth $14,000 a year.\nA $2,000 home office stipend.',
    );
    expect(x.fields).toEqual({});
  });

  it('counts a grant restated in a table and in prose once', () => {
    const x = extractOfferLetter(
      'RSU grant | $240,000\n\nYour $240,000 RSU grant vests over four years.',
    );
    expect(x.fields.rsuGrantValue?.value).toBe(24_000_000);
    expect(x.fields.rsuGrantValue?.clear).toBe(true);
  });

  it('unticks a figure the letter states twice with different amounts, and says where the other is', () => {
    const x = extractOfferLetter('Base salary: $150,000\n\nYour base salary will be $155,000.');
    expect(x.fields.baseSalary?.value).toBe(15_000_000);
    expect(x.fields.baseSalary?.clear).toBe(false);
    expect(x.fields.baseSalary?.reason).toMatch(/line 3/);
  });

  it('keeps to the base salary’s currency when a letter names two', () => {
    const x = extractOfferLetter(
      'Your annual base salary will be EUR 88,000 (approximately USD 95,000).',
    );
    expect(x.fields.currency?.value).toBe('EUR');
    expect(x.fields.baseSalary?.value).toBe(8_800_000);
  });

  it('converts monthly and hourly pay with the rule shown', () => {
    const m = extractOfferLetter('Your base salary will be $11,250 per month.');
    expect(m.fields.baseSalary?.value).toBe(13_500_000); // 11,250 × 12 = 135,000
    expect(m.fields.baseSalary?.rule).toMatch(/× 12 months/);
    const h = extractOfferLetter('Your hourly rate will be $68.50 per hour.');
    expect(h.fields.baseSalary?.value).toBe(6_850 * HOURS_PER_YEAR); // 68.50 × 2,080 = 142,480
    expect(h.fields.baseSalary?.rule).toMatch(/2080 hours/);
  });

  it('asks for a share price when the grant is in units, and works the value out when one is given', () => {
    const a = extractOfferLetter('You will be granted 310 restricted stock units.');
    expect(a.fields.rsuUnits?.value).toBe(310);
    expect(a.fields.rsuGrantValue).toBeUndefined();
    expect(a.needsSharePrice).toBe(true);
    const b = extractOfferLetter(
      'You will be granted 180 RSUs.\nThe share price used is $215.40 per share.',
    );
    expect(b.fields.rsuGrantValue?.value).toBe(3_877_200); // 180 × 21,540 cents
    expect(b.fields.rsuGrantValue?.rule).toMatch(/180 units × USD 215.40 a share/);
  });

  it('says stock options are not RSUs and does not enter them as a grant', () => {
    const x = extractOfferLetter(
      'You will be granted stock options to purchase 40,000 shares at an exercise price of $1.85 per share.',
    );
    expect(x.fields.rsuGrantValue).toBeUndefined();
    expect(x.fields.rsuUnits).toBeUndefined();
    expect(x.notes[0]?.text).toMatch(/stock options, not RSUs/);
  });

  it('points each figure at its line and characters', () => {
    const text = 'Dear Jo,\n\nBase salary: $150,000 a year.';
    const f = extractOfferLetter(text).fields.baseSalary;
    expect(f?.span).toEqual({ from: 23, to: 31, line: 3, column: 14, endLine: 3, endColumn: 22 });
    expect(text.slice(23, 31)).toBe('$150,000');
  });
});

const WORDS = [
  'base salary',
  'sign-on bonus',
  'RSU',
  'restricted stock units',
  'vest',
  'over four years',
  'cliff',
  'quarterly',
  'year two',
  'first year',
  '401(k)',
  'relocation',
  'per month',
  'per hour',
  'target bonus',
  'start date',
  'accept by',
  'level',
  'L6',
  'position of',
  'based in',
  'repay',
  'prorated',
  '$',
  '€',
  '£',
  'EUR',
  ',',
  '.',
  ';',
  '|',
  '\n',
  '\n\n',
  '(',
  ')',
  '%',
  'March 2, 2027',
  '30.04.2027',
  'stock options',
  'per share',
];
const letterish = fc
  .array(
    fc.oneof(
      fc.constantFrom(...WORDS),
      fc.integer({ min: 0, max: 10_000_000 }).map(String),
      fc.string({ maxLength: 6 }),
    ),
    {
      maxLength: 60,
    },
  )
  .map((parts) => parts.join(' '));

describe('extractOfferLetter — properties', () => {
  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 400 }),
          fc.string({ unit: 'binary', maxLength: 200 }),
          letterish,
        ),
        (text) => {
          expect(() => extractOfferLetter(text)).not.toThrow();
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never returns a figure that is not in the text', () => {
    fc.assert(
      fc.property(letterish, (text) => {
        const { fields } = extractOfferLetter(text);
        for (const [name, found] of Object.entries(fields)) {
          if (!found) continue;
          const { from, to } = found.span;
          expect(from).toBeGreaterThanOrEqual(0);
          expect(to).toBeLessThanOrEqual(text.length);
          expect(to).toBeGreaterThan(from);
          const source = text.slice(from, to);
          expect(found.raw).toBe(source);
          const money =
            ['baseSalary', 'signOnYear1', 'signOnYear2', 'sharePrice'].includes(name) ||
            (name === 'rsuGrantValue' && found.rule === null);
          if (money && found.rule === null) {
            // The amount read from the source characters is the value itself.
            expect(findMoney(source).map((m) => m.cents)).toEqual([found.value]);
          } else if (money) {
            // A converted amount: the source still holds the figure it was worked from.
            expect(findMoney(source)).toHaveLength(1);
          }
          if (name === 'bonusTargetPct' && found.rule === null) {
            expect(findPercents(source).map((p) => p.pct)).toEqual([found.value]);
          }
          if (name === 'startDate' || name === 'deadline') {
            expect(
              findDates(source, true).length + findDates(source, false).length,
            ).toBeGreaterThan(0);
          }
          if (name === 'rsuUnits') expect(source.replace(/\D/g, '')).toBe(String(found.value));
        }
      }),
      { numRuns: 400 },
    );
  });
});
