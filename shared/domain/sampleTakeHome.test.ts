/**
 * The sample workbook shows take-home for its two offers: filing status
 * single, both in Seattle (issue 19's "done when"). Figures worked by hand in
 * offerTakeHome.test.ts.
 */
import { describe, expect, it } from 'vitest';
import sample from '../../resources/sample/sample-workbook.crossroads.json';
import { OfferSchema, WorkbookSchema } from '../schemas/records';
import { workbookV1toV2 } from '../schemas/upgrades';
import { buildTakeHomeComparison } from './offerTakeHome';

describe('the sample workbook’s take-home', () => {
  // The sample is written at schema version 1 and upgraded when opened, as the app does.
  const workbook = WorkbookSchema.parse(workbookV1toV2(sample.payload.workbook));
  const offers = sample.payload.offers.map((o) => OfferSchema.parse(o));

  it('is single, both offers in Seattle, read on gross pay by default', () => {
    expect(workbook.takeHome).toEqual({ filingStatus: 'single', otherIncome: 0, basis: 'gross' });
    expect(offers.map((o) => o.location)).toEqual(['Seattle, WA', 'Seattle, WA']);
  });

  it('keeps $632,533 (PM) and $592,726 (PMM) over 4 years, the Seattle region guessed', () => {
    const th = buildTakeHomeComparison(offers, 'sample-offer-pm', workbook.takeHome, {
      grossAveragesInBaseline: new Map(),
    });
    const pm = th.results.get('sample-offer-pm');
    const pmm = th.results.get('sample-offer-pmm');
    expect(pm?.choice).toEqual({ choice: 'us-wa', guessed: true });
    expect(pm?.summary?.total).toBe(632_533_00);
    expect(pmm?.summary?.total).toBe(592_726_00);
    // 148,181.50 − 158,133.25
    expect(th.gaps.get('sample-offer-pmm')?.diff).toBe(-9_951_75);
  });
});
