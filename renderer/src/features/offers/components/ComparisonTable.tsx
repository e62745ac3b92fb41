/**
 * The year-by-year pay table for all offers at once: one column per offer,
 * years 1–4 broken into base, bonus, sign-on, equity and total (the headline
 * results sit in the grid above; this is what "Show each year's parts"
 * unfolds). A real table with a caption and header cells so screen readers
 * announce row and column; the scroll box is focusable for keyboard users.
 * Presentational: every number arrives computed.
 */

import type { Comparison } from '@renderer/features/offers/comparison';
import type { YearRow } from '@shared/domain/comp';
import { formatMoney } from '@shared/domain/money';
import type { Offer } from '@shared/schemas/records';

const PARTS: { key: keyof Omit<YearRow, 'year' | 'total'>; label: string }[] = [
  { key: 'base', label: 'Base' },
  { key: 'bonus', label: 'Bonus' },
  { key: 'signOn', label: 'Sign-on' },
  { key: 'equity', label: 'Equity' },
];

const pctFormat = new Intl.NumberFormat(undefined, {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  signDisplay: 'exceptZero',
});

/** A gap in percent for display, e.g. "−7.08%". */
export const formatGapPct = (pct: number): string => `${pctFormat.format(pct)}%`;

export const ComparisonTable = ({
  offers,
  comparison,
  growthLabel,
}: {
  offers: readonly Offer[];
  comparison: Comparison;
  growthLabel: string;
}) => {
  const cell = (offer: Offer, cents: number) => (
    <td key={offer.id} data-offer={offer.name}>
      {formatMoney(cents, offer.currency)}
    </td>
  );
  return (
    <section className="pay-table" aria-label="Pay by year">
      <h3 id="pay-table-title">Pay by year, part by part</h3>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: lets keyboard users scroll a wide table. */}
      <div className="pay-table__scroll" tabIndex={0}>
        <table>
          <caption className="visually-hidden">
            Pay by year for each offer, part by part, stock growth {growthLabel}.
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
          {[0, 1, 2, 3].map((i) => (
            <tbody key={i} className="pay-table__year">
              {PARTS.map((part) => (
                <tr key={part.key}>
                  <th scope="row">
                    Year {i + 1} {part.label.toLowerCase()}
                  </th>
                  {offers.map((o) =>
                    cell(o, comparison.summaries.get(o.id)?.rows[i]?.[part.key] ?? 0),
                  )}
                </tr>
              ))}
              <tr className="pay-table__total">
                <th scope="row">Year {i + 1} total</th>
                {offers.map((o) => cell(o, comparison.summaries.get(o.id)?.rows[i]?.total ?? 0))}
              </tr>
            </tbody>
          ))}
        </table>
      </div>
    </section>
  );
};
