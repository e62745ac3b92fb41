/**
 * The offers grid's "Tax and cost of living" cells — tax region (the guess
 * from the location marked as one), the user's own rate, the cost-of-living
 * index and its note — and the take-home result rows (each year, 4 years,
 * gap after tax, the cost-of-living reading beside the raw figures). Cells
 * edit through DraftField or SyncedSelect like the grid's other cells; every
 * figure arrives computed by `shared/domain/offerTakeHome`.
 */
import { DraftField } from '@renderer/components/DraftField';
import { formatGapPct } from '@renderer/components/offers/ComparisonTable';
import type { OfferPatch } from '@renderer/lib/pendingWrites';
import { SUMMARY_YEARS } from '@shared/domain/comp';
import { formatMoney, formatSignedMoney } from '@shared/domain/money';
import {
  type NoTakeHomeReason,
  offerTaxChoice,
  type TakeHomeComparison,
} from '@shared/domain/offerTakeHome';
import { BUNDLED_TAX_TABLES, findTaxRegion, US_TAX_REGIONS } from '@shared/domain/tax';
import type { Offer } from '@shared/schemas/records';
import type { OfferTaxRegion } from '@shared/schemas/tax';
import type { ReactNode } from 'react';
import {
  formatOptionalNumber,
  parseColIndexField,
  parseColNote,
  parseUserTaxRate,
} from '../fieldParsers';
import { cellField } from './cellField';
import { resultCell } from './resultCell';
import { SyncedSelect } from './SyncedControls';

/** What a tax cell needs: the grid's cell context, less what it does not use. */
export type TaxCellProps = {
  offer: Offer;
  name: string;
  commit: (patch: OfferPatch) => Promise<void>;
  commitChoice: (patch: OfferPatch) => Promise<boolean>;
  draftKey: (field: string) => { key: string; section: string };
};

const hasTable = (id: string): boolean => BUNDLED_TAX_TABLES.states[id] !== undefined;

/** The region's name, with "your rate" for a region without a sourced table. */
const regionLabel = (id: OfferTaxRegion): string => {
  if (id === 'user-rate') return 'Outside the US — your rate';
  if (id === 'gross-only') return 'Gross only — no estimate';
  const name = findTaxRegion(id)?.name ?? id;
  return hasTable(id) ? name : `${name} — your rate`;
};

const REGION_CHOICES: OfferTaxRegion[] = [
  ...US_TAX_REGIONS.map((r) => r.id as OfferTaxRegion),
  'user-rate',
  'gross-only',
];

/** The tax region: the user's choice, or the guess from the location shown as a guess. */
export const TaxRegionCell = ({ offer, name, commitChoice }: TaxCellProps) => {
  const { choice, guessed } = offerTaxChoice(offer);
  const guess = guessed && choice ? choice : null;
  return (
    <>
      <SyncedSelect
        restUntilFocus
        aria-label={name}
        value={offer.taxRegion ?? ''}
        onValue={(v) => commitChoice({ taxRegion: v === '' ? null : (v as OfferTaxRegion) })}
      >
        <option value="">
          {guess ? `${regionLabel(guess)} (a guess)` : 'Not chosen — pick one'}
        </option>
        {REGION_CHOICES.map((id) => (
          <option key={id} value={id}>
            {regionLabel(id)}
          </option>
        ))}
      </SyncedSelect>
      {guess ? (
        <span className="offer-grid__guess" data-testid="tax-region-guess">
          Guessed from “{offer.location}”; choose to confirm or correct it.
        </span>
      ) : null}
    </>
  );
};

/** Whether the offer's estimate reads the user's rate, and what it stands for. */
const rateUse = (offer: Offer): string => {
  const { choice } = offerTaxChoice(offer);
  if (choice === null) return 'Choose a tax region first.';
  if (choice === 'gross-only') return 'Not used: gross only.';
  if (choice === 'user-rate') return 'Your rate for all tax on this pay.';
  if (hasTable(choice)) return `Not used: ${findTaxRegion(choice)?.name} comes from its table.`;
  return findTaxRegion(choice)?.hasCityTax
    ? 'Your rate for state and city tax together.'
    : 'Your rate for state tax.';
};

/** The user's own rate, percent. */
export const UserRateCell = ({ offer, name, commit, draftKey }: TaxCellProps) => (
  <DraftField
    {...cellField}
    label={name}
    value={offer.userTaxRatePct ?? null}
    format={formatOptionalNumber}
    parse={parseUserTaxRate}
    onCommit={(v) => commit({ userTaxRatePct: v })}
    draftKey={draftKey('userTaxRatePct')}
    inputMode="decimal"
    hint={<span className="offer-grid__split">{rateUse(offer)}</span>}
  />
);

/** The cost-of-living index, 100 = the baseline's location. */
export const ColIndexCell = ({ offer, name, commit, draftKey }: TaxCellProps) => (
  <DraftField
    {...cellField}
    label={name}
    value={offer.colIndex ?? null}
    format={formatOptionalNumber}
    parse={parseColIndexField}
    onCommit={(v) => commit({ colIndex: v })}
    draftKey={draftKey('colIndex')}
    inputMode="decimal"
  />
);

/** Where the index came from. */
export const ColNoteCell = ({ offer, name, commit, draftKey }: TaxCellProps) => (
  <DraftField
    {...cellField}
    label={name}
    value={offer.colNote ?? ''}
    format={(v) => v}
    parse={parseColNote}
    onCommit={(v) => commit({ colNote: v })}
    draftKey={draftKey('colNote')}
  />
);

const REASON_TEXT: Record<NoTakeHomeReason, string> = {
  'no-region': 'Choose a tax region',
  'needs-rate': 'Enter your tax rate',
  'gross-only': 'Gross only',
  'not-dollars': 'US tables are in USD: choose “Outside the US”',
};

/**
 * The take-home result rows, one cell per offer: each year's take-home, the
 * 4-year take-home, the gap after tax ($ and %), and when any offer has an
 * index the cost-of-living reading of the averages and gaps.
 */
export const TakeHomeRows = ({
  offers,
  takeHome,
  baselineCurrency,
}: {
  offers: readonly Offer[];
  takeHome: TakeHomeComparison;
  baselineCurrency: string;
}) => {
  const perOffer = (show: (offer: Offer) => ReactNode) =>
    offers.map((o) => {
      const result = takeHome.results.get(o.id);
      if (!result || result.reason) {
        return resultCell(o, result ? REASON_TEXT[result.reason ?? 'no-region'] : '', true);
      }
      return resultCell(o, show(o));
    });
  const gapCell = (o: Offer, show: (diff: number, pct: number | null) => string) => {
    const gap = takeHome.gaps.get(o.id);
    if (!gap) return resultCell(o, '', true);
    if (gap.isBaseline && gap.missing === null) return resultCell(o, '—');
    if (gap.missing === 'no-take-home') {
      const reason = takeHome.results.get(o.id)?.reason ?? 'no-region';
      return resultCell(o, REASON_TEXT[reason], true);
    }
    if (gap.missing === 'baseline-no-take-home') return resultCell(o, 'Baseline has none', true);
    if (gap.missing === 'no-exchange-rate') return resultCell(o, 'Needs an exchange rate', true);
    return resultCell(o, show(gap.diff ?? 0, gap.gapPct));
  };
  const years = Array.from({ length: SUMMARY_YEARS }, (_, i) => i);
  const colById = new Map((takeHome.col ?? []).map((r) => [r.offerId, r]));
  const basisWord = takeHome.colBasis === 'gross' ? 'gross' : 'after tax';
  return (
    <>
      {years.map((i) => (
        <tr key={`take-home-${i}`} data-testid={`take-home-year-${i + 1}`}>
          <th scope="row">
            Take-home, year {i + 1}
            {i === 0 ? (
              <span className="offer-grid__hint">Estimate after tax; see Taxes below</span>
            ) : null}
          </th>
          {perOffer((o) =>
            formatMoney(takeHome.results.get(o.id)?.byYear[i]?.estimate.takeHome ?? 0, o.currency),
          )}
        </tr>
      ))}
      <tr className="offer-grid__total" data-testid="take-home-total">
        <th scope="row">Take-home, {SUMMARY_YEARS} years</th>
        {perOffer((o) => formatMoney(takeHome.results.get(o.id)?.summary?.total ?? 0, o.currency))}
      </tr>
      <tr data-testid="take-home-gap">
        <th scope="row">Gap after tax, per year ({baselineCurrency})</th>
        {offers.map((o) => gapCell(o, (diff) => formatSignedMoney(diff, baselineCurrency)))}
      </tr>
      <tr data-testid="take-home-gap-pct">
        <th scope="row">Gap after tax (%)</th>
        {offers.map((o) => gapCell(o, (_diff, pct) => (pct === null ? 'n/a' : formatGapPct(pct))))}
      </tr>
      {takeHome.col ? (
        <>
          <tr data-testid="col-average">
            <th scope="row">
              Average per year at the baseline’s prices ({basisWord})
              <span className="offer-grid__hint">
                Adjusted by each offer’s cost-of-living index; the raw figures above stay as they
                are
              </span>
            </th>
            {offers.map((o) => {
              const row = colById.get(o.id);
              return row?.adjustedAverage === null || row?.adjustedAverage === undefined
                ? resultCell(o, 'No index', true)
                : resultCell(o, formatMoney(row.adjustedAverage, baselineCurrency));
            })}
          </tr>
          <tr data-testid="col-gap">
            <th scope="row">Gap at the baseline’s prices (%)</th>
            {offers.map((o) => {
              const row = colById.get(o.id);
              if (row?.isBaseline) return resultCell(o, '—');
              return row?.adjustedGapPct === null || row?.adjustedGapPct === undefined
                ? resultCell(o, 'No index', true)
                : resultCell(o, formatGapPct(row.adjustedGapPct));
            })}
          </tr>
        </>
      ) : null}
    </>
  );
};
