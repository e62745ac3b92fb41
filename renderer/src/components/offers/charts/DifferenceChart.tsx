/**
 * How far each offer is ahead of or behind the baseline in pay received so
 * far, month by month over four years: one line per offer around a zero line.
 * Where a line turns is where a sign-on runs out or a vest lands.
 * Presentational: takes the shaped data from `differenceSeries`.
 */

import type { ChartSeries, DifferenceDatum } from '@shared/domain/compCharts';
import { formatMoney } from '@shared/domain/money';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { OfferKey } from './CumulativePayChart';
import {
  byOfferKey,
  hoverCursor,
  lineChartMargin,
  milestoneSummary,
  moneyAxis,
  monthAxis,
  monthLabel,
  offerColor,
  once,
  tooltipStyle,
} from './chartStyle';

/** "+$1,000" / "−$1,000" / "$0". */
const signed = (cents: number, currency: string) =>
  cents > 0
    ? `+${formatMoney(cents, currency)}`
    : cents < 0
      ? `−${formatMoney(-cents, currency)}`
      : formatMoney(0, currency);

// One tooltip formatter per currency, so the tooltip's props keep their identity across renders.
const signedFormatters = new Map<string, (v: unknown) => string>();
const signedFormatter = (currency: string) =>
  once(signedFormatters, currency, () => (v: unknown) => signed(Number(v), currency));

export const DifferenceChart = ({
  baseline,
  series,
  data,
  currency,
  colorIndex,
}: {
  baseline: ChartSeries | null;
  series: ChartSeries[];
  data: DifferenceDatum[];
  currency: string;
  /** Each offer's colour slot, by id, so an offer keeps its colour across charts. */
  colorIndex: (offerId: string) => number;
}) => {
  if (!baseline || series.length === 0) {
    return (
      <figure className="chart">
        <figcaption className="chart__title">Difference to the baseline over 48 months</figcaption>
        <p className="chart__note">
          Add a second offer in the same currency to see the difference.
        </p>
      </figure>
    );
  }
  const summary = milestoneSummary(series, data, (m) => signed(m, currency));
  return (
    <figure className="chart">
      <figcaption className="chart__title">Difference to the baseline over 48 months</figcaption>
      <p className="chart__note">
        Pay received so far minus what {baseline.name} (the baseline) has paid by the same month.
        Above zero the offer is ahead.
      </p>
      <div role="img" aria-label={`Difference to ${baseline.name}. ${summary}`}>
        <ResponsiveContainer width="100%" height={280}>
          <LineChart data={data} margin={lineChartMargin} accessibilityLayer={false}>
            <CartesianGrid stroke="currentColor" strokeOpacity={0.15} />
            <XAxis {...monthAxis} />
            <YAxis {...moneyAxis(currency, `Ahead (+) or behind (−), ${currency}`)} />
            <ReferenceLine y={0} stroke="currentColor" strokeOpacity={0.6} />
            <Tooltip
              contentStyle={tooltipStyle}
              cursor={hoverCursor}
              labelFormatter={monthLabel}
              formatter={signedFormatter(currency)}
            />
            {series.map((s) => (
              <Line
                key={s.offerId}
                name={s.name}
                type="linear"
                dataKey={byOfferKey(s.offerId)}
                stroke={offerColor(colorIndex(s.offerId))}
                strokeWidth={2}
                dot={false}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <OfferKey series={series} colorIndex={colorIndex} />
    </figure>
  );
};
