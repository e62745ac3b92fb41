/**
 * Hand-worked tests for the tax arithmetic in `tax.ts` against the shipped
 * 2026 tables: every federal bracket edge ± $1 for each filing status, the
 * Social Security wage base, the Additional Medicare threshold, other
 * household income stacking, and loading (a broken file is refused).
 * The expected figures are worked out by hand in the comments, from the
 * research notes' tables, never copied from the code's output.
 */
import { describe, expect, it } from 'vitest';
import federalJson from '../../resources/tax/us-federal-2026.json';
import type { FilingStatus, LocalIncomeTax } from '../schemas/tax';
import { TaxTableFileSchema } from '../schemas/tax';
import {
  additionalMedicareCents,
  BUNDLED_TAX_FILES,
  BUNDLED_TAX_TABLES,
  bracketTax,
  federalIncomeTaxCents,
  findTaxRegion,
  loadTaxTables,
  localIncomeTaxCents,
  medicareCents,
  socialSecurityCents,
  taxRegionForLocation,
  US_TAX_REGIONS,
} from './tax';

const fed = BUNDLED_TAX_TABLES.federal;
const $ = (dollars: number) => Math.round(dollars * 100);

describe('federal income tax at every bracket edge ± $1', () => {
  // Tax at each bracket's top, taxable income (after the standard deduction),
  // summed slice by slice by hand:
  // single: 12,400×10% = 1,240; +38,000×12% = 4,560 → 5,800;
  //   +55,300×22% = 12,166 → 17,966; +96,075×24% = 23,058 → 41,024;
  //   +54,450×32% = 17,424 → 58,448; +384,375×35% = 134,531.25 → 192,979.25
  // married jointly: 24,800×10% = 2,480; +76,000×12% = 9,120 → 11,600;
  //   +110,600×22% = 24,332 → 35,932; +192,150×24% = 46,116 → 82,048;
  //   +108,900×32% = 34,848 → 116,896; +256,250×35% = 89,687.50 → 206,583.50
  // head of household: 17,700×10% = 1,770; +49,750×12% = 5,970 → 7,740;
  //   +38,250×22% = 8,415 → 16,155; +96,050×24% = 23,052 → 39,207;
  //   +54,450×32% = 17,424 → 56,631; +384,400×35% = 134,540 → 191,171
  // One dollar below an edge owes the edge's tax minus that bracket's rate
  // (in dollars), one dollar above owes it plus the next bracket's rate.
  const rates = [0.1, 0.12, 0.22, 0.24, 0.32, 0.35, 0.37];
  const edges: Record<FilingStatus, { deduction: number; tops: [number, number][] }> = {
    single: {
      deduction: 16_100,
      tops: [
        [12_400, 1_240],
        [50_400, 5_800],
        [105_700, 17_966],
        [201_775, 41_024],
        [256_225, 58_448],
        [640_600, 192_979.25],
      ],
    },
    marriedJointly: {
      deduction: 32_200,
      tops: [
        [24_800, 2_480],
        [100_800, 11_600],
        [211_400, 35_932],
        [403_550, 82_048],
        [512_450, 116_896],
        [768_700, 206_583.5],
      ],
    },
    headOfHousehold: {
      deduction: 24_150,
      tops: [
        [17_700, 1_770],
        [67_450, 7_740],
        [105_700, 16_155],
        [201_750, 39_207],
        [256_200, 56_631],
        [640_600, 191_171],
      ],
    },
  };
  for (const [status, { deduction, tops }] of Object.entries(edges) as [
    FilingStatus,
    (typeof edges)[FilingStatus],
  ][]) {
    tops.forEach(([top, tax], i) => {
      const below = rates[i] ?? 0;
      const above = rates[i + 1] ?? 0;
      it(`${status}: taxable $${top} − 1 / exact / + 1`, () => {
        // Wages = taxable income + the standard deduction.
        const at = (taxable: number) => federalIncomeTaxCents($(taxable + deduction), status, fed);
        expect(at(top - 1)).toBe($(tax - below));
        expect(at(top)).toBe($(tax));
        expect(at(top + 1)).toBe($(tax + above));
      });
    });
  }

  it('wages at or below the standard deduction owe nothing', () => {
    expect(federalIncomeTaxCents($(16_100), 'single', fed)).toBe(0);
    expect(federalIncomeTaxCents(0, 'marriedJointly', fed)).toBe(0);
    // $1 over the single deduction: $1 × 10% = $0.10.
    expect(federalIncomeTaxCents($(16_101), 'single', fed)).toBe(10);
  });

  it('the issue’s example: single, $150,000 → $24,734', () => {
    // 150,000 − 16,100 = 133,900 taxable:
    // 1,240 + 4,560 + 12,166 + (133,900 − 105,700) × 24% = 6,768 → 24,734
    expect(federalIncomeTaxCents($(150_000), 'single', fed)).toBe($(24_734));
  });

  it('bracketTax of a negative or zero income is 0', () => {
    expect(bracketTax(-5, fed.incomeTax.single.brackets)).toBe(0);
    expect(bracketTax(0, fed.incomeTax.single.brackets)).toBe(0);
  });
});

describe('other household income stacks under the job’s wages', () => {
  it('married jointly, wages $150,000 on top of $100,000 other income → $29,828', () => {
    // tax(250,000): taxable 217,800 → 35,932 + (217,800 − 211,400) × 24% = 1,536 → 37,468
    // tax(100,000): taxable 67,800 → 2,480 + (67,800 − 24,800) × 12% = 5,160 → 7,640
    // 37,468 − 7,640 = 29,828
    expect(federalIncomeTaxCents($(150_000), 'marriedJointly', fed, $(100_000))).toBe($(29_828));
    // Alone: taxable 117,800 → 11,600 + 17,000 × 22% = 3,740 → 15,340
    expect(federalIncomeTaxCents($(150_000), 'marriedJointly', fed)).toBe($(15_340));
  });
  it('other income below the deduction only uses up part of it', () => {
    // single, other $6,100 leaves $10,000 of deduction; wages $20,000 → taxable
    // 10,000 more; tax(26,100) − tax(6,100) = (10,000 × 10% = 1,000) − 0
    expect(federalIncomeTaxCents($(20_000), 'single', fed, $(6_100))).toBe($(1_000));
  });
});

describe('Social Security: 6.2% up to the $184,500 wage base', () => {
  it('below the base: $100,000 → $6,200; $184,499 → $11,438.94', () => {
    expect(socialSecurityCents($(100_000), fed)).toBe($(6_200));
    // 184,499 × 0.062 = 11,438.938 → 11,438.94
    expect(socialSecurityCents($(184_499), fed)).toBe($(11_438.94));
  });
  it('at and above the base: capped at 184,500 × 6.2% = $11,439', () => {
    expect(socialSecurityCents($(184_500), fed)).toBe($(11_439));
    expect(socialSecurityCents($(184_501), fed)).toBe($(11_439));
    expect(socialSecurityCents($(400_000), fed)).toBe($(11_439));
  });
});

describe('Medicare and the Additional Medicare tax', () => {
  it('Medicare is 1.45% of all wages, rounded half away from zero', () => {
    expect(medicareCents($(150_000), fed)).toBe($(2_175));
    // $10 × 1.45% = 14.5 cents → 15 (a half goes up)
    expect(medicareCents(1_000, fed)).toBe(15);
  });
  it('single: 0.9% over $200,000', () => {
    expect(additionalMedicareCents($(200_000), 'single', fed)).toBe(0);
    // $1 over: 0.9 cents → 1 cent
    expect(additionalMedicareCents($(200_001), 'single', fed)).toBe(1);
    // 50,000 over × 0.9% = $450
    expect(additionalMedicareCents($(250_000), 'single', fed)).toBe($(450));
    expect(additionalMedicareCents($(250_000), 'headOfHousehold', fed)).toBe($(450));
  });
  it('married jointly: 0.9% over $250,000 of the couple’s combined wages', () => {
    expect(additionalMedicareCents($(250_000), 'marriedJointly', fed)).toBe(0);
    // 300,000 − 250,000 = 50,000 × 0.9% = $450
    expect(additionalMedicareCents($(300_000), 'marriedJointly', fed)).toBe($(450));
    // Spouse $200,000 + job $150,000 = 350,000: over(350,000) = 100,000, over(200,000) = 0 → $900
    expect(additionalMedicareCents($(150_000), 'marriedJointly', fed, $(200_000))).toBe($(900));
    // Spouse $300,000 already over: the job's whole $150,000 is over → $1,350
    expect(additionalMedicareCents($(150_000), 'marriedJointly', fed, $(300_000))).toBe($(1_350));
  });
  it('single: other household income does not move the threshold', () => {
    expect(additionalMedicareCents($(150_000), 'single', fed, $(200_000))).toBe(0);
  });
});

describe('a state table with brackets (a made-up schedule, not a real state)', () => {
  // Single: no deduction; 2% up to $10,000, 5% above.
  const schedule = {
    standardDeduction: 0,
    brackets: [
      { upTo: $(10_000), rate: 0.02 },
      { upTo: null, rate: 0.05 },
    ],
  };
  const local: LocalIncomeTax = {
    kind: 'brackets',
    byStatus: { single: schedule, marriedJointly: schedule, headOfHousehold: schedule },
  };
  it('taxes each slice at its rate: $50,000 → 200 + 2,000 = $2,200', () => {
    expect(localIncomeTaxCents($(50_000), 'single', local)).toBe($(2_200));
  });
  it('a state without income tax takes nothing', () => {
    expect(localIncomeTaxCents($(50_000), 'single', { kind: 'none' })).toBe(0);
  });
});

describe('loading tables', () => {
  it('the shipped files load: federal 2026, Washington and Texas without income tax', () => {
    expect(BUNDLED_TAX_TABLES.federal.taxYear).toBe(2026);
    expect(Object.keys(BUNDLED_TAX_TABLES.states).sort()).toEqual(['us-tx', 'us-wa']);
    expect(BUNDLED_TAX_TABLES.states['us-wa']?.state.kind).toBe('none');
  });
  it('the shipped files pass the schema unchanged, so the app reads them as they are', () => {
    expect(BUNDLED_TAX_FILES).toHaveLength(3);
    for (const raw of BUNDLED_TAX_FILES) {
      const parsed = TaxTableFileSchema.safeParse(raw);
      expect(parsed.error).toBeUndefined();
      expect(parsed.data).toStrictEqual(raw);
    }
    // …and the tables the app uses are what loading them through the schema gives.
    expect(BUNDLED_TAX_TABLES).toStrictEqual(loadTaxTables(BUNDLED_TAX_FILES));
  });
  it('refuses a broken file with a sentence naming where', () => {
    const broken = structuredClone(federalJson);
    broken.socialSecurity.rate = 6.2;
    expect(() => loadTaxTables([broken])).toThrow(
      'Tax table file 1 is not valid at socialSecurity.rate: A tax rate is a fraction from 0 to 1 (0.22 for 22%).',
    );
  });
  it('refuses no federal file, two federal files, or a state file of another year', () => {
    const [federal, wa] = BUNDLED_TAX_FILES;
    expect(() => loadTaxTables([wa])).toThrow('No federal tax table was given.');
    expect(() => loadTaxTables([federal, federal])).toThrow('a second federal file');
    const oldWa = { ...(wa as object), taxYear: 2025 };
    expect(() => loadTaxTables([federal, oldWa])).toThrow(
      'Tax table us-wa-2026 is for 2025, the federal table for 2026.',
    );
  });
  it('knows the template offices’ regions; only WA and TX have files', () => {
    expect(US_TAX_REGIONS.map((r) => r.id)).toEqual([
      'us-wa',
      'us-tx',
      'us-ca',
      'us-ny',
      'us-ny-nyc',
      'us-ma',
      'us-va',
      'us-other',
    ]);
    expect(findTaxRegion('us-ny-nyc')?.hasCityTax).toBe(true);
    expect(findTaxRegion('atlantis')).toBeUndefined();
  });
});

describe('taxRegionForLocation guesses a region, or null when unsure', () => {
  const cases: [string, string | null][] = [
    // The template's offices, as an offer's location field holds them.
    ['Seattle, WA', 'us-wa'],
    ['New York, NY', 'us-ny-nyc'],
    ['Arlington, VA', 'us-va'],
    ['Austin, TX', 'us-tx'],
    ['San Francisco, CA', 'us-ca'],
    ['Boston, MA', 'us-ma'],
    // Spelling and punctuation people use.
    ['  seattle ,  wa ', 'us-wa'],
    ['Seattle, Washington', 'us-wa'],
    ['Seattle WA', 'us-wa'],
    ['Seattle, WA 98109', 'us-wa'],
    ['Seattle, WA, USA', 'us-wa'],
    ['Brooklyn, N.Y.', 'us-ny-nyc'],
    ['NYC', 'us-ny-nyc'],
    ['Seattle', 'us-wa'],
    ['Texas', 'us-tx'],
    // New York outside the city has no city tax.
    ['Albany, NY', 'us-ny'],
    // Other US states and DC: elsewhere in the US.
    ['Portland, OR', 'us-other'],
    ['Washington, DC', 'us-other'],
    ['Charleston, West Virginia', 'us-other'],
    // Unsure: a name that is a state and a city, an ambiguous city, the state
    // code alone, New York state without a city, not a place, outside the US.
    ['Washington', null],
    ['New York', null],
    ['Arlington', null],
    ['WA', null],
    ['NY', null],
    ['Remote', null],
    ['', null],
    ['constructor', null],
    ['Toronto, ON, Canada', null],
    ['Vancouver, BC', null],
    ['London, UK', null],
  ];
  for (const [text, region] of cases) {
    it(`"${text}" → ${region}`, () => {
      expect(taxRegionForLocation(text)).toBe(region);
    });
  }
});
