/**
 * The offers side by side for the summary: the Offers page's own pay table
 * (year by year, 4-year totals, gap to the baseline) and its charts.
 * Every figure comes from `buildComparison`.
 */

import { LazyPart } from '@renderer/components/LazyPart';
import type { Comparison } from '@renderer/features/offers/comparison';
import { ComparisonTable } from '@renderer/features/offers/components/ComparisonTable';
import type { Offer } from '@shared/schemas/records';
import { lazy } from 'react';

const SummaryCharts = lazy(() =>
  import('./SummaryCharts').then((m) => ({ default: m.SummaryCharts })),
);

type Props = {
  offers: readonly Offer[];
  comparison: Comparison | null;
  onError: (err: unknown) => void;
};

export const OffersSummary = ({ offers, comparison, onError }: Props) => {
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
      <ComparisonTable
        offers={offers}
        comparison={comparison}
        growthLabel="as entered in each offer"
      />
      <LazyPart
        fallback={
          <p className="muted" data-print-pending="">
            Loading the charts…
          </p>
        }
      >
        <SummaryCharts comparison={comparison} onError={onError} />
      </LazyPart>
    </section>
  );
};
