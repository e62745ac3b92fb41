/**
 * The offers charts on the summary (and so in the PDF), in their own module
 * so they load lazily. The same presentational charts the Offers page draws,
 * fed by the same `buildComparison` data. The difference to the baseline
 * leads: it shows the gap month by month, where a chart of each offer's
 * running total puts two near-parallel lines on one large axis.
 */

import { colorIndexOf } from '@renderer/components/offers/charts/chartStyle';
import { DifferenceChart } from '@renderer/components/offers/charts/DifferenceChart';
import { MarketChart } from '@renderer/components/offers/charts/MarketChart';
import { PayStackChart } from '@renderer/components/offers/charts/PayStackChart';
import type { Comparison } from '@renderer/lib/comparison';
import { openExternalLink } from '@renderer/lib/externalLink';
import { useMemo } from 'react';

export const SummaryCharts = ({
  comparison,
  onError,
}: {
  comparison: Comparison;
  onError: (err: unknown) => void;
}) => {
  const { charted, difference } = comparison;
  const colorIndex = useMemo(() => colorIndexOf(charted), [charted]);
  return (
    <div className="summary-charts">
      <DifferenceChart
        baseline={difference.baseline}
        series={difference.series}
        data={difference.data}
        currency={comparison.baselineCurrency}
        colorIndex={colorIndex}
      />
      <PayStackChart
        series={comparison.stacked.series}
        data={comparison.stacked.data}
        colorIndex={colorIndex}
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
};
