/**
 * The offers side by side for the summary: the Offers page's own pay table
 * (year by year, 4-year totals, gap to the baseline) and its charts.
 * Every figure comes from `buildComparison`.
 */

import { LazyPart } from '@renderer/components/LazyPart';
import { ComparisonTable } from '@renderer/components/offers/ComparisonTable';
import type { Comparison } from '@renderer/lib/comparison';
import type { Offer } from '@shared/schemas/records';
import { lazy } from 'react';

const SummaryCharts = lazy(() =>
  import('./SummaryCharts').then((m) => ({ default: m.SummaryCharts })),
);

type Props = {
  offers: readonly Offer[];
  comparison: Comparison | null;
  /** Show the pay table (default true). */
  table?: boolean;
  /** Show the charts (default true). */
  charts?: boolean;
  /** Split the pay table into groups of this many offers, each with its own labels (paper). */
  groupSize?: number;
  onError: (err: unknown) => void;
};

/** `items` in consecutive groups of `size` (one group when size is absent or not positive). */
const groupsOf = <T,>(items: readonly T[], size: number | undefined): T[][] => {
  if (!size || size <= 0 || items.length <= size) return [[...items]];
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

export const OffersSummary = ({
  offers,
  comparison,
  table = true,
  charts = true,
  groupSize,
  onError,
}: Props) => {
  if (!comparison || offers.length === 0) {
    return (
      <section className="summary-offers" aria-labelledby="summary-offers-title">
        <h2 id="summary-offers-title">Offers</h2>
        <p className="muted">No offers yet. Add them on the Offers page.</p>
      </section>
    );
  }
  const baseline = offers.find((o) => o.id === comparison.baselineId);
  return (
    <section className="summary-offers" aria-labelledby="summary-offers-title">
      <h2 id="summary-offers-title">Offers side by side</h2>
      <p className="muted">
        Stock grows as entered in each offer. Gaps are against{' '}
        {baseline ? `“${baseline.name}”` : 'the baseline'}.
      </p>
      {table
        ? groupsOf(offers, groupSize).map((group, i, all) => (
            <div key={group.map((o) => o.id).join()} className="summary-offers__group">
              {all.length > 1 ? (
                <h3>
                  Offers {i * (groupSize ?? 0) + 1}–{i * (groupSize ?? 0) + group.length} of{' '}
                  {offers.length}
                </h3>
              ) : null}
              <ComparisonTable
                offers={group}
                comparison={comparison}
                growthLabel="as entered in each offer"
              />
            </div>
          ))
        : null}
      {charts ? (
        <LazyPart fallback={<p className="muted">Loading the charts…</p>}>
          <SummaryCharts comparison={comparison} onError={onError} />
        </LazyPart>
      ) : null}
    </section>
  );
};
