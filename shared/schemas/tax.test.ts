/**
 * Tests for the tax table files against `TaxTableFileSchema`: every file in
 * `resources/tax/` parses, carries a tax year and a dated https source, and
 * the federal file holds the figures of the research notes
 * (../shared/research/us-payroll-tax-2026.md); the schema refuses broken
 * tables. Reads the JSON only; must not edit it.
 */
import { describe, expect, it } from 'vitest';
import federalJson from '../../resources/tax/us-federal-2026.json';
import { type FederalTaxTable, TaxTableFileSchema } from './tax';

// Vite's static import of every matching file (vitest runs on Vite); the
// directory listing is what makes "every file" true as files are added.
declare global {
  // biome-ignore lint/style/useConsistentTypeDefinitions: merging into Vite's ImportMeta needs an interface.
  interface ImportMeta {
    glob: (pattern: string, opts: { eager: true; import: 'default' }) => Record<string, unknown>;
  }
}
const allFiles = import.meta.glob('../../resources/tax/*.json', { eager: true, import: 'default' });

/** Paths of every issue when `input` fails to parse, or [] when it parses. */
const issuePaths = (input: unknown): string[] => {
  const result = TaxTableFileSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};

const federal = (): FederalTaxTable => structuredClone(federalJson) as FederalTaxTable;

describe('every tax table file', () => {
  it('finds the shipped files (federal, Washington, Texas)', () => {
    const names = Object.keys(allFiles).map((p) => p.split('/').pop());
    expect(names.sort()).toEqual(['us-federal-2026.json', 'us-tx-2026.json', 'us-wa-2026.json']);
  });

  for (const [path, json] of Object.entries(allFiles)) {
    it(`${path} parses, with a tax year and dated https sources`, () => {
      const result = TaxTableFileSchema.safeParse(json);
      expect(result.error?.issues ?? []).toEqual([]);
      const file = result.data;
      expect(file?.taxYear).toBe(2026);
      expect(file?.sources.length).toBeGreaterThan(0);
      for (const s of file?.sources ?? []) {
        expect(s.url.startsWith('https://')).toBe(true);
        expect(s.readOn).toBe('2026-11-29');
      }
      // The file name says its id: us-wa-2026.json holds id us-wa-2026.
      expect(`${file?.id}.json`).toBe(path.split('/').pop());
    });
  }
});

describe('the 2026 federal file holds the research notes’ figures', () => {
  const f = federal();
  it('standard deductions: single $16,100, joint $32,200, head of household $24,150', () => {
    expect(f.incomeTax.single.standardDeduction).toBe(16_100_00);
    expect(f.incomeTax.marriedJointly.standardDeduction).toBe(32_200_00);
    expect(f.incomeTax.headOfHousehold.standardDeduction).toBe(24_150_00);
  });
  it('bracket tops and rates per status, as the research table lists them', () => {
    const rates = [0.1, 0.12, 0.22, 0.24, 0.32, 0.35, 0.37];
    const tops = (s: 'single' | 'marriedJointly' | 'headOfHousehold') =>
      f.incomeTax[s].brackets.map((b) => (b.upTo === null ? null : b.upTo / 100));
    expect(tops('single')).toEqual([12_400, 50_400, 105_700, 201_775, 256_225, 640_600, null]);
    expect(tops('marriedJointly')).toEqual([
      24_800,
      100_800,
      211_400,
      403_550,
      512_450,
      768_700,
      null,
    ]);
    expect(tops('headOfHousehold')).toEqual([
      17_700,
      67_450,
      105_700,
      201_750,
      256_200,
      640_600,
      null,
    ]);
    for (const s of ['single', 'marriedJointly', 'headOfHousehold'] as const) {
      expect(f.incomeTax[s].brackets.map((b) => b.rate)).toEqual(rates);
    }
  });
  it('payroll: SS 6.2% to $184,500, Medicare 1.45%, Additional 0.9% over $200k/$250k', () => {
    expect(f.socialSecurity).toEqual({ rate: 0.062, wageBase: 184_500_00 });
    expect(f.medicare.rate).toBe(0.0145);
    expect(f.additionalMedicare.rate).toBe(0.009);
    expect(f.additionalMedicare.threshold).toEqual({
      single: 200_000_00,
      marriedJointly: 250_000_00,
      headOfHousehold: 200_000_00,
    });
  });
});

describe('the schema refuses broken tables', () => {
  it('brackets out of order', () => {
    const f = federal();
    const b = f.incomeTax.single.brackets;
    [b[1], b[2]] = [b[2] ?? b[1], b[1] ?? b[2]] as [(typeof b)[1], (typeof b)[2]];
    expect(issuePaths(f)).toContain('incomeTax.single.brackets.2.upTo');
  });
  it('two brackets with the same top', () => {
    const f = federal();
    const b = f.incomeTax.headOfHousehold.brackets;
    if (b[1]) b[1].upTo = 17_700_00;
    expect(issuePaths(f)).toEqual(['incomeTax.headOfHousehold.brackets.1.upTo']);
  });
  it('a last bracket with an upper end, or an open-ended one before the last', () => {
    const f = federal();
    const b = f.incomeTax.single.brackets;
    if (b[6]) b[6].upTo = 99_999_999_00;
    if (b[3]) b[3].upTo = null;
    expect(issuePaths(f)).toEqual([
      'incomeTax.single.brackets.3.upTo',
      'incomeTax.single.brackets.6.upTo',
    ]);
  });
  it('a rate given as a percent (22) or below 0', () => {
    const f = federal();
    if (f.incomeTax.single.brackets[2]) f.incomeTax.single.brackets[2].rate = 22;
    f.medicare.rate = -0.01;
    expect(issuePaths(f)).toEqual(['incomeTax.single.brackets.2.rate', 'medicare.rate']);
  });
  it('no tax year, no sources, or a source without https URL or date', () => {
    const { taxYear: _dropped, ...noYear } = federal();
    expect(issuePaths(noYear)).toEqual(['taxYear']);
    expect(issuePaths({ ...federal(), sources: [] })).toEqual(['sources']);
    const f = federal();
    const first = f.sources[0];
    if (first) {
      first.url = 'http://example.com';
      first.readOn = '29 Nov 2026';
    }
    expect(issuePaths(f)).toEqual(['sources.0.url', 'sources.0.readOn']);
  });
  it('a missing filing status', () => {
    const f = federal();
    const { headOfHousehold: _gone, ...rest } = f.incomeTax;
    expect(issuePaths({ ...f, incomeTax: rest })).toEqual(['incomeTax.headOfHousehold']);
  });
  it('a state file with an unknown kind of local tax', () => {
    expect(
      issuePaths({
        kind: 'us-state',
        id: 'us-zz-2026',
        regionId: 'us-zz',
        name: 'Nowhere',
        taxYear: 2026,
        currency: 'USD',
        sources: federal().sources,
        state: { kind: 'flat-ish' },
        city: null,
      }),
    ).toEqual(['state.kind']);
  });
});
