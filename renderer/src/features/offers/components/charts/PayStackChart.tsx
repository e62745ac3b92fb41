/**
 * Pay by year: one full-width grouped bar chart, a bar per offer in each of
 * the four years, each bar labelled with that year's total, so offers compare
 * year by year on one scale. The parts of each year (base, bonus, sign-on,
 * equity) are in the tooltip and in the table's "Show each year's parts".
 * Presentational: takes the shaped data from `stackedYearData`.
 */

import type { ChartSeries, StackedYearDatum } from '@shared/domain/compCharts';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { OfferKey } from './CumulativePayChart';
import {
  axisTick,
  chartMoney,
  compactMoney,
  hoverCursor,
  moneyAxis,
  offerColor,
  tooltipStyle,
} from './chartStyle';

export const PayStackChart = ({
  series,
  data,
  colorIndex,
}: {
  series: ChartSeries[];
  data: StackedYearDatum[];
  /** Each offer's colour slot, by id, so an offer keeps its colour across charts. */
  colorIndex?: (offerId: string) => number;
}) => {
  const currency = series[0]?.currency ?? 'USD';
  const summary = series
    .map(
      (s) =>
        `${s.name}: ${data
          .map((d) => `year ${d.year} ${chartMoney(d.byOffer[s.offerId]?.total ?? 0, s.currency)}`)
          .join(', ')}`,
    )
    .join('; ');
  const nameOf = new Map(series.map((s) => [s.offerId, s.name]));
  return (
    <figure className="chart">
      <figcaption className="chart__title">Pay by year, each offer’s total</figcaption>
      <div role="img" aria-label={`Total pay by year. ${summary}`}>
        <ResponsiveContainer width="100%" height={300}>
          <BarChart
            data={data}
            margin={{ top: 24, right: 16, left: 16, bottom: 24 }}
            accessibilityLayer={false}
          >
            <CartesianGrid stroke="currentColor" strokeOpacity={0.15} vertical={false} />
            <XAxis
              dataKey={(d: StackedYearDatum) => `Year ${d.year}`}
              tick={axisTick}
              label={{
                value: 'Year of the offer',
                position: 'insideBottom',
                offset: -16,
                style: { fill: 'currentColor', fontSize: 12 },
              }}
            />
            <YAxis {...moneyAxis(currency, `Pay that year, ${currency}`)} />
            <Tooltip
              contentStyle={tooltipStyle}
              cursor={hoverCursor}
              formatter={(v: unknown, name: unknown) => [
                chartMoney(Number(v), currency),
                nameOf.get(String(name)) ?? String(name),
              ]}
            />
            {series.map((s, i) => (
              <Bar
                key={s.offerId}
                name={s.offerId}
                dataKey={(d: StackedYearDatum) => d.byOffer[s.offerId]?.total ?? 0}
                fill={offerColor(colorIndex ? colorIndex(s.offerId) : i)}
                isAnimationActive={false}
              >
                {series.length <= 4 ? (
                  <LabelList
                    position="top"
                    fill="currentColor"
                    fontSize={11}
                    formatter={(v: unknown) => compactMoney(Number(v), currency)}
                  />
                ) : null}
              </Bar>
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <OfferKey series={series} {...(colorIndex ? { colorIndex } : {})} />
    </figure>
  );
};
