/**
 * The offers charts on the summary, in their own module so recharts loads
 * lazily. The same presentational charts the Offers page draws, fed by the
 * same `buildComparison` data.
 */

import { CumulativePayChart } from '@renderer/components/offers/charts/CumulativePayChart';
import { MarketChart } from '@renderer/components/offers/charts/MarketChart';
import { PayStackChart } from '@renderer/components/offers/charts/PayStackChart';
import type { Comparison } from '@renderer/lib/comparison';
import { openExternalLink } from '@renderer/lib/externalLink';

export const SummaryCharts = ({
  comparison,
  onError,
}: {
  comparison: Comparison;
  onError: (err: unknown) => void;
}) => (
  <div className="summary-charts">
    <PayStackChart series={comparison.stacked.series} data={comparison.stacked.data} />
    <CumulativePayChart
      series={comparison.cumulative.series}
      data={comparison.cumulative.data}
      currency={comparison.baselineCurrency}
    />
    <MarketChart
      rows={comparison.market}
      currency={comparison.baselineCurrency}
      onOpenSource={(url) => {
        openExternalLink(url).catch(onError);
      }}
    />
  </div>
);
