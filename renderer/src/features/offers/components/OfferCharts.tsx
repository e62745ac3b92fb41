/**
 * The charts under the pay table, loaded lazily so the first screen does not
 * wait for recharts. Holds the leaving-month slider; every figure comes from
 * the shared chart shaping functions.
 */
import { useState } from 'react';
import { leavingCostSeries } from '../../../../../shared/domain/compCharts';
import { api, unwrap } from '../../../lib/api';
import type { Comparison } from '../comparison';
import { CashFlowChart } from './charts/CashFlowChart';
import { CumulativePayChart } from './charts/CumulativePayChart';
import { LeavingCostChart } from './charts/LeavingCostChart';
import { MarketChart } from './charts/MarketChart';
import { PayStackChart } from './charts/PayStackChart';

export type OfferChartsProps = {
  comparison: Comparison;
  onError: (err: unknown) => void;
};

export const OfferCharts = ({ comparison, onError }: OfferChartsProps) => {
  const [month, setMonth] = useState(12);
  const currency = comparison.baselineCurrency;
  const growth =
    comparison.stockGrowthPct === undefined ? {} : { stockGrowthPct: comparison.stockGrowthPct };
  const leaving = leavingCostSeries(comparison.charted, month, growth);
  const openSource = (url: string) => {
    unwrap(api().shell.openExternal({ url })).catch(onError);
  };
  return (
    <div className="offer-charts">
      <PayStackChart series={comparison.stacked.series} data={comparison.stacked.data} />
      <CumulativePayChart
        series={comparison.cumulative.series}
        data={comparison.cumulative.data}
        currency={currency}
      />
      <CashFlowChart
        series={comparison.cashFlow.series}
        data={comparison.cashFlow.data}
        currency={currency}
      />
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
        <LeavingCostChart data={leaving} currency={currency} month={month} />
      </figure>
      <MarketChart rows={comparison.market} currency={currency} onOpenSource={openSource} />
    </div>
  );
};
