/**
 * Which field rows of the offers grid one edit redraws. Each row is a
 * `React.memo` component; React redraws it only when the comparison it was
 * given answers "changed", so asking that comparison for every row, with the
 * offers before and after an edit, tells exactly which rows an edit renders
 * again (the results rows sit outside any memo and follow every edit). This
 * keeps the speed-up of #13 from being lost silently: a row that stops
 * declaring what it reads, or a comparison that always answers "changed",
 * fails here.
 */
import { newOfferFromTemplate } from '@shared/domain/offers';
import type { Offer } from '@shared/schemas/records';
import { type Template, TemplateSchema } from '@shared/schemas/template';
import { describe, expect, it } from 'vitest';
import amazonJson from '../../../../../resources/templates/amazon-pmm-vs-pm.json';
import { GridRow, groupsFor } from './OfferGrid';

const template: Template = TemplateSchema.parse(amazonJson);

const offer = (id: string, position: number, name: string): Offer => ({
  ...newOfferFromTemplate(template, { id, workbookId: 'wb', position, name, roleId: 'pm' }),
  baseSalary: 150_000_00,
  location: 'Seattle, WA',
});

const PM = offer('pm', 0, 'PM offer');
const PMM = offer('pmm', 1, 'PMM offer');
const OTHER = offer('other', 2, 'Third offer');
const BEFORE: readonly Offer[] = [PM, PMM, OTHER];

type RowProps = Parameters<typeof GridRow>[0];
const compare = (GridRow as unknown as { compare: (a: RowProps, b: RowProps) => boolean }).compare;

/** One handler set for every column, as the grid keeps them stable across renders. */
const handlers = {
  commit: () => Promise.resolve(),
  commitChoice: () => Promise.resolve(true),
  draftKey: (field: string) => ({ key: field, section: 'offers' }),
};
const handlersFor = () => handlers;

/** The keys of the rows React draws again when the offers go from `before` to `after`. */
const redrawn = (before: readonly Offer[], after: readonly Offer[]): string[] => {
  const rows = groupsFor(template, false, false).flatMap((g) => g.rows);
  return rows
    .filter(
      (row, index) =>
        !compare(
          { row, index, offers: before, handlersFor },
          { row, index, offers: after, handlersFor },
        ),
    )
    .map((row) => row.key);
};

/** The offers with the offer `id` replaced by a copy changed by `patch` (structural sharing). */
const edited = (id: string, patch: Partial<Offer>): Offer[] =>
  BEFORE.map((o) => (o.id === id ? { ...o, ...patch } : o));

describe('the grid rows an edit redraws', () => {
  it('is a memoised component, compared on what the row shows', () => {
    expect(typeof compare).toBe('function');
  });

  it('redraws no row when the offers are the same objects', () => {
    // useOffers shares unchanged offers by identity: a re-read changes nothing.
    expect(redrawn(BEFORE, [...BEFORE])).toEqual([]);
  });

  it('redraws only the edited field’s row, and the currency row that reads the whole offer', () => {
    // Base salary reads baseSalary and currency; the currency row declares no reads (a change
    // of currency converts every amount), so it follows every change to its offer.
    expect(redrawn(BEFORE, edited('pmm', { baseSalary: 160_000_00 }))).toEqual([
      'currency',
      'baseSalary',
    ]);
    expect(redrawn(BEFORE, edited('pm', { signOnYear2: 12_345_00 }))).toEqual([
      'currency',
      'signOnYear2',
    ]);
    // The same value written again (a new object, equal fields): only the currency row.
    expect(redrawn(BEFORE, edited('pm', { baseSalary: PM.baseSalary }))).toEqual(['currency']);
  });

  it('redraws the tax cells when the location behind the region’s guess changes', () => {
    // Location: its own row; the tax region guesses from it; the rate's hint says which is used.
    expect(redrawn(BEFORE, edited('pm', { location: 'Austin, TX' }))).toEqual([
      'location',
      'currency',
      'taxRegion',
      'userTaxRatePct',
    ]);
  });

  it('redraws the refresher rows together, and the grant when the vesting changes', () => {
    const refresher = {
      annualValue: 40_000_00,
      vesting: { preset: 'amazon' as const, yearPct: [5, 15, 40, 40] },
      firstGrantYear: 2,
    };
    expect(redrawn(BEFORE, edited('pm', { refresher }))).toEqual([
      'currency',
      'refresherValue',
      'refresherVesting',
      'refresherFirstYear',
    ]);
    // The grant's split and the refresher rows (which start from the grant's vesting) follow it.
    const vesting = { preset: 'even-cliff' as const, yearPct: [25, 25, 25, 25] };
    expect(redrawn(BEFORE, edited('pm', { vesting }))).toEqual([
      'currency',
      'rsuGrantValue',
      'vesting',
      'refresherValue',
      'refresherVesting',
      'refresherFirstYear',
    ]);
  });

  it('redraws every row when an offer is renamed or the columns move', () => {
    const all = groupsFor(template, false, false).flatMap((g) => g.rows.map((r) => r.key));
    // Every cell's accessible name carries its offer's name.
    expect(redrawn(BEFORE, edited('pmm', { name: 'PMM, revised' }))).toEqual(all);
    // Moved columns: each cell's place (data-col) changes.
    expect(redrawn(BEFORE, [PMM, PM, OTHER])).toEqual(all);
    // A removed column.
    expect(redrawn(BEFORE, [PM, PMM])).toEqual(all);
  });
});
