import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { compareToBaseline, summarizeOffer } from './comp';
import { comparisonCsvRows, majorUnits, neutraliseFormula, toCsv } from './csv';
import { buildTakeHomeComparison } from './offerTakeHome';

const amazon = { preset: 'amazon' as const, yearPct: [5, 15, 40, 40] };

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks (RFC 4180) and ends every row with CRLF', () => {
    expect(toCsv([['a', 'b,c', 'say "hi"', 'two\nlines', 3, null]])).toBe(
      'a,"b,c","say ""hi""","two\nlines",3,\r\n',
    );
  });

  it('neutralises text that a spreadsheet would run as a formula, but not numbers', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(neutraliseFormula(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`);
    }
    expect(neutraliseFormula('Amazon PM')).toBe('Amazon PM');
    expect(toCsv([['=HYPERLINK("x")', { number: '-13500.00' }, -7]])).toBe(
      '"\'=HYPERLINK(""x"")",-13500.00,-7\r\n',
    );
  });

  it('refuses a number cell that is not a plain decimal', () => {
    expect(() => toCsv([[{ number: '=1+1' }]])).toThrow(RangeError);
    expect(() => toCsv([[Number.NaN]])).toThrow(RangeError);
  });
});

describe('majorUnits', () => {
  it('writes minor units exactly with the currency’s digits', () => {
    expect(majorUnits(14_200_000, 'USD')).toBe('142000.00');
    expect(majorUnits(-1_350_005, 'USD')).toBe('-13500.05');
    expect(majorUnits(5_000, 'JPY')).toBe('5000');
    expect(majorUnits(1_234, 'KWD')).toBe('1.234');
  });
});

describe('comparisonCsvRows', () => {
  // The worked example of the Offers page: PM base 142,000, sign-on 60,000 / 45,000,
  // grant 160,000; PMM 136,000, 50,000 / 40,000, 140,000; Amazon vesting 5/15/40/40, no growth.
  // PM years: 1 = 142,000 + 60,000 + 8,000 = 210,000; 2 = 142,000 + 45,000 + 24,000 = 211,000;
  //           3 = 4 = 142,000 + 64,000 = 206,000 → 4-year 833,000, average 208,250.
  // PMM years: 1 = 136,000 + 50,000 + 7,000 = 193,000; 2 = 136,000 + 40,000 + 21,000 = 197,000;
  //           3 = 4 = 136,000 + 56,000 = 192,000 → 774,000, average 193,500.
  // Market-style: PM 142,000 + 160,000/4 = 182,000; PMM 136,000 + 35,000 = 171,000.
  // Gap of the PMM to the PM baseline: 193,500 − 208,250 = −14,750; ÷ 208,250 = −7.08%.
  const pm = {
    id: 'pm',
    name: 'Amazon PM, L5',
    currency: 'USD',
    baseSalary: 14_200_000,
    signOnYear1: 6_000_000,
    signOnYear2: 4_500_000,
    rsuGrantValue: 16_000_000,
    vesting: amazon,
    stockGrowthPct: 0,
  };
  const pmm = {
    id: 'pmm',
    // A hostile name: a comma, quotes, a line break and a leading "=".
    name: '=Amazon "PMM", L5\nSeattle',
    currency: 'USD',
    baseSalary: 13_600_000,
    signOnYear1: 5_000_000,
    signOnYear2: 4_000_000,
    rsuGrantValue: 14_000_000,
    vesting: amazon,
    stockGrowthPct: 0,
  };
  const offers = [pm, pmm];
  const summaries = new Map(offers.map((o) => [o.id, summarizeOffer(o)]));
  const gaps = compareToBaseline(offers, 'pm', { fxRates: {} })?.rows ?? [];

  it('round-trips through a CSV parser to the hand-worked figures', () => {
    const text = toCsv(comparisonCsvRows(offers, summaries, gaps, 'USD'));
    const rows = parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
    const get = (offer: string, figure: string, year = '') =>
      rows.find((r) => r.Offer === offer && r.Figure === figure && r.Year === year);
    // 2 offers × (4 years × 5 parts + 3 summary figures + 2 gaps) = 2 × 25 = 50 rows.
    expect(rows).toHaveLength(50);
    expect(get('Amazon PM, L5', 'Total', '1')).toEqual({
      Offer: 'Amazon PM, L5',
      Figure: 'Total',
      Year: '1',
      Amount: '210000.00',
      Unit: 'USD',
    });
    expect(get('Amazon PM, L5', 'Equity', '2')?.Amount).toBe('24000.00');
    expect(get('Amazon PM, L5', '4-year total')?.Amount).toBe('833000.00');
    expect(get('Amazon PM, L5', 'Average per year')?.Amount).toBe('208250.00');
    expect(get('Amazon PM, L5', 'Market-style total comp')?.Amount).toBe('182000.00');
    expect(get('Amazon PM, L5', 'Gap to baseline')?.Amount).toBe('');
    // The hostile name comes back whole, with the apostrophe that keeps it text.
    const name = '\'=Amazon "PMM", L5\nSeattle';
    expect(get(name, 'Total', '1')?.Amount).toBe('193000.00');
    expect(get(name, '4-year total')?.Amount).toBe('774000.00');
    expect(get(name, 'Average per year')?.Amount).toBe('193500.00');
    expect(get(name, 'Market-style total comp')?.Amount).toBe('171000.00');
    expect(get(name, 'Gap to baseline')).toMatchObject({ Amount: '-14750.00', Unit: 'USD' });
    expect(get(name, 'Gap to baseline (%)')).toMatchObject({ Amount: '-7.08', Unit: '%' });
  });

  it('neutralises every dangerous start an offer name can have', () => {
    for (const start of ['=', '+', '-', '@']) {
      const named = [{ ...pm, name: `${start}cmd|' /C calc'!A0` }];
      const text = toCsv(comparisonCsvRows(named, summaries, gaps, 'USD'));
      const rows = parse(text, { columns: true }) as Record<string, string>[];
      expect(rows.every((r) => r.Offer === `'${start}cmd|' /C calc'!A0`)).toBe(true);
    }
  });
});

describe('comparisonCsvRows with the take-home basis (issue 19)', () => {
  // The sample workbook's offers, single: PM in Seattle, PMM in New York City on the user's 10%.
  // Worked in offerTakeHome.test.ts: PM keeps 155,555.50 / 158,501.50 / 159,238 / 159,238
  // = 632,533 (average 158,133.25); PMM keeps 126,345 then 128,927 × 3 = 513,126 (128,281.50);
  // gap after tax 128,281.50 − 158,133.25 = −29,851.75, ÷ 158,133.25 = −18.88%.
  const pm = {
    id: 'pm',
    name: 'PM',
    currency: 'USD',
    location: 'Seattle, WA',
    baseSalary: 142_000_00,
    signOnYear1: 58_000_00,
    signOnYear2: 44_000_00,
    rsuGrantValue: 180_000_00,
    vesting: amazon,
  };
  const pmm = {
    ...pm,
    id: 'pmm',
    name: 'PMM',
    location: 'New York, NY',
    userTaxRatePct: 10,
    baseSalary: 136_000_00,
    signOnYear1: 52_000_00,
    signOnYear2: 40_000_00,
    rsuGrantValue: 160_000_00,
  };
  const offers = [pm, pmm];
  const summaries = new Map(offers.map((o) => [o.id, summarizeOffer(o)]));
  const gaps = compareToBaseline(offers, 'pm')?.rows ?? [];
  const build = (basis: 'gross' | 'take-home') => {
    const th = buildTakeHomeComparison(offers, 'pm', undefined, {
      grossAveragesInBaseline: new Map(),
    });
    const text = toCsv(
      comparisonCsvRows(offers, summaries, gaps, 'USD', {
        basis,
        taxYear: 2026,
        results: th.results,
        gaps: th.gaps,
      }),
    );
    return parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  };

  it('names the take-home basis and carries the take-home figures', () => {
    const rows = build('take-home');
    expect(rows[0]).toMatchObject({
      Offer: 'All offers',
      Figure: 'Verdict basis: take-home pay, estimated after tax with the 2026 tables',
    });
    const get = (offer: string, figure: string, year = '') =>
      rows.find((r) => r.Offer === offer && r.Figure === figure && r.Year === year)?.Amount;
    expect(get('PM', 'Take-home', '1')).toBe('155555.50');
    expect(get('PM', '4-year take-home')).toBe('632533.00');
    expect(get('PMM', 'Average take-home per year')).toBe('128281.50');
    expect(get('PMM', 'Gap after tax to baseline')).toBe('-29851.75');
    expect(get('PMM', 'Gap after tax to baseline (%)')).toBe('-18.88');
    expect(get('PM', 'Gap after tax to baseline')).toBe('');
    // The gross figures stay: PM 209,000 + 213,000 + 214,000 × 2 = 850,000.
    expect(get('PM', '4-year total')).toBe('850000.00');
  });

  it('names the gross basis and adds no take-home rows', () => {
    const rows = build('gross');
    expect(rows[0]?.Figure).toBe('Verdict basis: gross pay, before tax');
    expect(rows.some((r) => r.Figure === 'Take-home')).toBe(false);
  });
});
