/**
 * Pay received so far, month by month over four years, one line per offer:
 * where back-loaded vesting catches up and where the sign-on carries the
 * early months. Presentational: takes the shaped data from `cumulativeSeries`.
 */

import type { ChartSeries, CumulativeDatum } from '@shared/domain/compCharts';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import {
  byOfferKey,
  chartMoney,
  lineChartMargin,
  milestoneSummary,
  moneyAxis,
  moneyTooltip,
  monthAxis,
  monthLabel,
  offerColor,
} from './chartStyle';

export const CumulativePayChart = ({
  series,
  data,
  currency,
}: {
  series: ChartSeries[];
  data: CumulativeDatum[];
  currency: string;
}) => {
  const summary = milestoneSummary(series, data, (m) => chartMoney(m, currency));
  return (
    <figure className="chart">
      <figcaption className="chart__title">Cumulative pay over 48 months</figcaption>
      <div role="img" aria-label={`Cumulative pay. ${summary}`}>
        <ResponsiveContainer width="100%" height={260}>
          <LineChart data={data} margin={lineChartMargin} accessibilityLayer={false}>
            <CartesianGrid stroke="currentColor" strokeOpacity={0.15} />
            <XAxis {...monthAxis} />
            <YAxis {...moneyAxis(currency)} />
            <Tooltip {...moneyTooltip(currency)} labelFormatter={monthLabel} />
            {series.map((s, i) => (
              <Line
                key={s.offerId}
                name={s.name}
                type="linear"
                dataKey={byOfferKey(s.offerId)}
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

/** The offer colour key shared by the line charts; `colorIndex` keeps an offer's colour. */
export const OfferKey = ({
  series,
  colorIndex,
}: {
  series: ChartSeries[];
  colorIndex?: (offerId: string) => number;
}) => (
  <ul className="chart__legend" aria-hidden="true">
    {series.map((s, i) => (
      <li key={s.offerId}>
        <span
          className="chart__swatch"
          style={{ background: offerColor(colorIndex ? colorIndex(s.offerId) : i) }}
        />
        {s.name}
      </li>
    ))}
  </ul>
);
