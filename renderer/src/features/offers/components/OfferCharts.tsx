/**
 * The charts under the pay table, one at a time behind a tab strip, loaded
 * lazily so the first screen does not wait for recharts. Only the chosen
 * chart exists, so an edit redraws one chart rather than every chart on a
 * long page. While it is on screen, the difference chart draws the live
 * figures, in the edit's own frame; off screen (the grid in view, the chart
 * below it) it follows a frame later like the others, once that frame has
 * painted (`useValueAfterPaint`), so an edit's frame does not lay out and
 * paint an SVG nobody sees. Holds the chosen chart and the leaving-month
 * slider; every figure comes from the shared chart shaping functions.
 */

import { CashFlowChart } from '@renderer/components/offers/charts/CashFlowChart';
import { CumulativePayChart } from '@renderer/components/offers/charts/CumulativePayChart';
import { colorIndexOf } from '@renderer/components/offers/charts/chartStyle';
import { DifferenceChart } from '@renderer/components/offers/charts/DifferenceChart';
import { LeavingCostChart } from '@renderer/components/offers/charts/LeavingCostChart';
import { MarketChart } from '@renderer/components/offers/charts/MarketChart';
import { PayStackChart } from '@renderer/components/offers/charts/PayStackChart';
import { type TabItem, Tabs, tabPanelProps } from '@renderer/components/Tabs';
import { useValueAfterPaint } from '@renderer/lib/afterPaint';
import type { Comparison } from '@renderer/lib/comparison';
import { openExternalLink } from '@renderer/lib/externalLink';
import { useOnScreen } from '@renderer/lib/onScreen';
import { leavingCostSeries } from '@shared/domain/compCharts';
import { memo, useId, useMemo, useRef, useState } from 'react';

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

// Redrawn only when their figures change (see the header): the difference chart's are deferred
// too while it is off screen, so an edit's own render passes it the figures it already shows.
const DifferenceChartOnce = memo(DifferenceChart);
const CumulativePayChartOnce = memo(CumulativePayChart);
const PayStackChartOnce = memo(PayStackChart);
const CashFlowChartOnce = memo(CashFlowChart);
const LeavingCostChartOnce = memo(LeavingCostChart);
const MarketChartOnce = memo(MarketChart);

export const OfferCharts = ({ comparison: live, onError }: OfferChartsProps) => {
  const comparison = useValueAfterPaint(live);
  const panel = useRef<HTMLDivElement>(null);
  const onScreen = useOnScreen(panel);
  const [month, setMonth] = useState(12);
  const [chart, setChart] = useState<OfferChartId>(lastChart);
  const idBase = useId();
  const choose = (id: OfferChartId) => {
    lastChart = id;
    setChart(id);
  };
  const currency = comparison.baselineCurrency;
  // An offer keeps its colour in every chart: its place among the charted offers. The live and
  // the deferred colours agree whenever the same offers are charted.
  const difference = onScreen ? live : comparison;
  const differenceCharted = difference.charted;
  const differenceColorIndex = useMemo(() => colorIndexOf(differenceCharted), [differenceCharted]);
  const charted = comparison.charted;
  const colorIndex = useMemo(() => colorIndexOf(charted), [charted]);
  const stockGrowthPct = comparison.stockGrowthPct;
  const leaving = useMemo(
    () => leavingCostSeries(charted, month, stockGrowthPct === undefined ? {} : { stockGrowthPct }),
    [charted, month, stockGrowthPct],
  );
  const openSource = useMemo(
    () => (url: string) => {
      openExternalLink(url).catch(onError);
    },
    [onError],
  );
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
      <div {...tabPanelProps(idBase, chart)} className="offer-charts__panel" ref={panel}>
        {chart === 'difference' ? (
          <DifferenceChartOnce
            baseline={difference.difference.baseline}
            series={difference.difference.series}
            data={difference.difference.data}
            currency={difference.baselineCurrency}
            colorIndex={differenceColorIndex}
          />
        ) : chart === 'cumulative' ? (
          <CumulativePayChartOnce
            series={comparison.cumulative.series}
            data={comparison.cumulative.data}
            currency={currency}
          />
        ) : chart === 'by-year' ? (
          <PayStackChartOnce
            series={comparison.stacked.series}
            data={comparison.stacked.data}
            colorIndex={colorIndex}
          />
        ) : chart === 'cash-flow' ? (
          <CashFlowChartOnce
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
            <LeavingCostChartOnce data={leaving} currency={currency} month={month} />
          </figure>
        ) : (
          <MarketChartOnce rows={comparison.market} currency={currency} onOpenSource={openSource} />
        )}
      </div>
    </div>
  );
};
