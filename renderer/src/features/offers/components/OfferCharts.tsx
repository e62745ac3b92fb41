/**
 * The charts under the pay table, one at a time behind a tab strip, loaded
 * lazily so the first screen does not wait for recharts. Only the chosen
 * chart exists, so an edit redraws one chart rather than every chart on a
 * long page. Holds the chosen chart and the leaving-month slider; every
 * figure comes from the shared chart shaping functions.
 */

import { CashFlowChart } from '@renderer/components/offers/charts/CashFlowChart';
import { CumulativePayChart } from '@renderer/components/offers/charts/CumulativePayChart';
import { DifferenceChart } from '@renderer/components/offers/charts/DifferenceChart';
import { LeavingCostChart } from '@renderer/components/offers/charts/LeavingCostChart';
import { MarketChart } from '@renderer/components/offers/charts/MarketChart';
import { PayStackChart } from '@renderer/components/offers/charts/PayStackChart';
import { type TabItem, Tabs, tabPanelProps } from '@renderer/components/Tabs';
import type { Comparison } from '@renderer/lib/comparison';
import { openExternalLink } from '@renderer/lib/externalLink';
import { leavingCostSeries } from '@shared/domain/compCharts';
import { useId, useState } from 'react';

const CHARTS = [
  { id: 'difference', label: 'Difference to baseline' },
  { id: 'cumulative', label: 'Cumulative pay' },
  { id: 'by-year', label: 'By year' },
  { id: 'cash-flow', label: 'Cash flow' },
  { id: 'leaving', label: 'Leaving early' },
  { id: 'market', label: 'Published pay' },
] as const satisfies readonly TabItem<string>[];
export type OfferChartId = (typeof CHARTS)[number]['id'];

// The chart last chosen, kept while the app runs so coming back to Offers shows it again.
let lastChart: OfferChartId = 'difference';

export type OfferChartsProps = {
  comparison: Comparison;
  onError: (err: unknown) => void;
};

export const OfferCharts = ({ comparison, onError }: OfferChartsProps) => {
  const [month, setMonth] = useState(12);
  const [chart, setChart] = useState<OfferChartId>(lastChart);
  const idBase = useId();
  const choose = (id: OfferChartId) => {
    lastChart = id;
    setChart(id);
  };
  const currency = comparison.baselineCurrency;
  const growth =
    comparison.stockGrowthPct === undefined ? {} : { stockGrowthPct: comparison.stockGrowthPct };
  // An offer keeps its colour in every chart: its place among the charted offers.
  const slots = new Map(comparison.charted.map((o, i) => [o.id, i]));
  const colorIndex = (offerId: string) => slots.get(offerId) ?? 0;
  const openSource = (url: string) => {
    openExternalLink(url).catch(onError);
  };
  return (
    <div className="offer-charts">
      <Tabs
        label="Charts"
        idBase={idBase}
        items={CHARTS}
        selected={chart}
        onSelect={choose}
        className="tabs"
      />
      <div {...tabPanelProps(idBase, chart)} className="offer-charts__panel">
        {chart === 'difference' ? (
          <DifferenceChart
            baseline={comparison.difference.baseline}
            series={comparison.difference.series}
            data={comparison.difference.data}
            currency={currency}
            colorIndex={colorIndex}
          />
        ) : chart === 'cumulative' ? (
          <CumulativePayChart
            series={comparison.cumulative.series}
            data={comparison.cumulative.data}
            currency={currency}
          />
        ) : chart === 'by-year' ? (
          <PayStackChart
            series={comparison.stacked.series}
            data={comparison.stacked.data}
            colorIndex={colorIndex}
          />
        ) : chart === 'cash-flow' ? (
          <CashFlowChart
            series={comparison.cashFlow.series}
            data={comparison.cashFlow.data}
            currency={currency}
          />
        ) : chart === 'leaving' ? (
          <figure className="chart">
            <figcaption className="chart__title">Cost of leaving early</figcaption>
            <div className="field leaving-slider">
              <label htmlFor="leave-month">Leave after month {month}</label>
              <input
                id="leave-month"
                type="range"
                min={0}
                max={48}
                step={1}
                value={month}
                aria-valuetext={`${month} months`}
                onChange={(e) => setMonth(Number(e.target.value))}
              />
            </div>
            <LeavingCostChart
              data={leavingCostSeries(comparison.charted, month, growth)}
              currency={currency}
              month={month}
            />
          </figure>
        ) : (
          <MarketChart rows={comparison.market} currency={currency} onOpenSource={openSource} />
        )}
      </div>
    </div>
  );
};
