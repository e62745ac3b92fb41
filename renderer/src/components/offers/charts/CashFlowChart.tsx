/**
 * Cash received in each month, one stepped line per offer: salary, sign-on
 * instalments or lumps, bonuses and vest events as they land.
 * Presentational: takes the shaped data from `cashFlowSeries`.
 */

import type { CashFlowDatum, ChartSeries } from '@shared/domain/compCharts';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { OfferKey } from './CumulativePayChart';
import {
  chartMoney,
  moneyAxis,
  moneyTooltip,
  monthAxis,
  monthLabel,
  offerColor,
  once,
} from './chartStyle';

// One data key per offer, so the lines' props keep their identity across renders (like byOfferKey).
const totalKeys = new Map<string, (d: CashFlowDatum) => number>();
const totalKey = (offerId: string) =>
  once(totalKeys, offerId, () => (d: CashFlowDatum) => d.byOffer[offerId]?.total ?? 0);

export const CashFlowChart = ({
  series,
  data,
  currency,
}: {
  series: ChartSeries[];
  data: CashFlowDatum[];
  currency: string;
}) => {
  const summary = series
    .map((s) => {
      let peak = { month: 0, total: 0 };
      for (const d of data) {
        const t = d.byOffer[s.offerId]?.total ?? 0;
        if (t > peak.total) peak = { month: d.month, total: t };
      }
      return `${s.name}: month 1 ${chartMoney(data[0]?.byOffer[s.offerId]?.total ?? 0, currency)}, largest month ${peak.month} at ${chartMoney(peak.total, currency)}`;
    })
    .join('; ');
  return (
    <figure className="chart">
      <figcaption className="chart__title">Monthly cash flow</figcaption>
      <div role="img" aria-label={`Cash received per month. ${summary}`}>
        <ResponsiveContainer width="100%" height={260}>
          <LineChart
            data={data}
            margin={{ top: 8, right: 16, left: 16, bottom: 24 }}
            accessibilityLayer={false}
          >
            <CartesianGrid stroke="currentColor" strokeOpacity={0.15} />
            <XAxis {...monthAxis} />
            <YAxis {...moneyAxis(currency)} />
            <Tooltip {...moneyTooltip(currency)} labelFormatter={monthLabel} />
            {series.map((s, i) => (
              <Line
                key={s.offerId}
                name={s.name}
                type="stepAfter"
                dataKey={totalKey(s.offerId)}
                stroke={offerColor(i)}
                strokeWidth={2}
                dot={false}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <OfferKey series={series} />
    </figure>
  );
};
