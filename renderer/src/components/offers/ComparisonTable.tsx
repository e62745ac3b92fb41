/**
 * The year-by-year pay table for all offers at once: one column per offer,
 * years 1–4 (or up to 6, as the workbook's horizon says) broken into base,
 * bonus, sign-on, equity — with the refreshers' part of it when any offer
 * assumes them — and total, then the
 * 4-year total, the average year, market-style total comp and the gap to the
 * baseline (left out with `partsOnly`, where the Offers grid shows them and
 * this table is what "Show each year's parts" unfolds). A real table with a caption and header cells so screen readers
 * announce row and column; the scroll box is focusable for keyboard users.
 * Presentational: every number arrives computed.
 */

import type { Comparison } from '@renderer/lib/comparison';
import { formatCalendarDate } from '@renderer/lib/dates';
import type { BaselineComparison, YearRow } from '@shared/domain/comp';
import { formatMoney, formatSignedMoney, withTrueMinus } from '@shared/domain/money';
import type { Offer } from '@shared/schemas/records';

type Part = { key: keyof Omit<YearRow, 'year' | 'total'>; label: string };

const PARTS: Part[] = [
  { key: 'base', label: 'Base' },
  { key: 'bonus', label: 'Bonus' },
  { key: 'signOn', label: 'Sign-on' },
  { key: 'equity', label: 'Equity' },
];

/** With refreshers assumed: their share of the equity, so with and without read side by side. */
const PARTS_WITH_REFRESHERS: Part[] = [
  ...PARTS,
  { key: 'refresherEquity', label: 'Equity, of which refreshers' },
];

const pctFormat = new Intl.NumberFormat(undefined, {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  signDisplay: 'exceptZero',
});

/** A gap in percent for display, e.g. "−7.08%" (a true minus sign, like every signed figure). */
export const formatGapPct = (pct: number): string => `${withTrueMinus(pctFormat.format(pct))}%`;

/** A `YYYY-MM-DD` deadline for display, e.g. "Dec 24, 2026". */
const formatDeadline = (iso: string | null): string =>
  iso === null ? '—' : formatCalendarDate(iso);

export const ComparisonTable = ({
  offers,
  comparison,
  growthLabel,
  partsOnly = false,
}: {
  offers: readonly Offer[];
  comparison: Comparison;
  growthLabel: string;
  /** Only the years' parts: the totals and gaps are shown elsewhere (the Offers grid). */
  partsOnly?: boolean;
}) => {
  const baseline = offers.find((o) => o.id === comparison.baselineId);
  const nameOf = (offerId: string) => offers.find((o) => o.id === offerId)?.name;
  const gapById = new Map(comparison.vsBaseline.rows.map((r) => [r.offerId, r]));
  /** A gap cell: a dash for the baseline, a notice when no exchange rate allows the comparison. */
  const gapCell = (
    offerId: string,
    show: (row: Extract<BaselineComparison, { comparable: true }>) => string,
  ) => {
    const r = gapById.get(offerId);
    if (!r?.comparable) {
      return (
        <td key={offerId} className="pay-table__na" data-offer={nameOf(offerId)}>
          Needs an exchange rate
        </td>
      );
    }
    return (
      <td key={offerId} data-offer={nameOf(offerId)}>
        {r.isBaseline ? '—' : show(r)}
      </td>
    );
  };
  const years = Array.from({ length: comparison.projectionYears }, (_, i) => i);
  const parts = comparison.anyRefresher ? PARTS_WITH_REFRESHERS : PARTS;
  const rowsOf = (offerId: string) => comparison.byYear.get(offerId) ?? [];
  const cell = (offer: Offer, cents: number) => (
    <td key={offer.id} data-offer={offer.name}>
      {formatMoney(cents, offer.currency)}
    </td>
  );
  return (
    <section className="pay-table" aria-label="Pay by year">
      <h3 id="pay-table-title">Pay by year</h3>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: lets keyboard users scroll a wide table. */}
      <div className="pay-table__scroll" tabIndex={0}>
        <table>
          <caption className="visually-hidden">
            Pay by year for each offer over {comparison.projectionYears} years, stock growth{' '}
            {growthLabel}. Totals and gaps cover the first 4 years; gaps are against{' '}
            {baseline?.name ?? 'the baseline'}.
          </caption>
          <thead>
            <tr>
              <td />
              {offers.map((o) => (
                <th key={o.id} scope="col">
                  {o.name}
                  {o.id === comparison.baselineId ? (
                    <span className="pay-table__badge"> (baseline)</span>
                  ) : null}
                </th>
              ))}
            </tr>
          </thead>
          {years.map((i) => (
            <tbody key={i} className="pay-table__year">
              {parts.map((part) => (
                <tr key={part.key}>
                  <th scope="row">
                    Year {i + 1} {part.label.toLowerCase()}
                  </th>
                  {offers.map((o) => cell(o, rowsOf(o.id)[i]?.[part.key] ?? 0))}
                </tr>
              ))}
              <tr className="pay-table__total">
                <th scope="row">Year {i + 1} total</th>
                {offers.map((o) => cell(o, rowsOf(o.id)[i]?.total ?? 0))}
              </tr>
            </tbody>
          ))}
          {partsOnly ? null : (
            <tbody className="pay-table__summary">
              <tr className="pay-table__total">
                <th scope="row">4-year total</th>
                {offers.map((o) => cell(o, comparison.summaries.get(o.id)?.fourYearTotal ?? 0))}
              </tr>
              <tr>
                <th scope="row">Average per year</th>
                {offers.map((o) => cell(o, comparison.summaries.get(o.id)?.averageAnnual ?? 0))}
              </tr>
              <tr>
                <th scope="row">Market-style total comp</th>
                {offers.map((o) =>
                  cell(o, comparison.summaries.get(o.id)?.marketStyleTotalComp ?? 0),
                )}
              </tr>
              <tr>
                <th scope="row">Gap to baseline ({comparison.baselineCurrency})</th>
                {offers.map((o) =>
                  gapCell(o.id, (r) => formatSignedMoney(r.diffCents, comparison.baselineCurrency)),
                )}
              </tr>
              <tr>
                <th scope="row">Gap to baseline (%)</th>
                {offers.map((o) =>
                  gapCell(o.id, (r) => (r.gapPct === null ? 'n/a' : formatGapPct(r.gapPct))),
                )}
              </tr>
              <tr>
                <th scope="row">Decision deadline</th>
                {offers.map((o) => (
                  <td key={o.id} data-offer={o.name}>
                    {formatDeadline(o.deadline)}
                  </td>
                ))}
              </tr>
            </tbody>
          )}
        </table>
      </div>
    </section>
  );
};
