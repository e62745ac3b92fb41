/**
 * Pay by year: one full-width grouped bar chart, a bar per offer in each year
 * of the horizon (4 to 6), each bar labelled with that year's total, so offers
 * compare year by year on one scale. An offer that assumes refreshers gets a
 * lighter slice at the foot of its bar for them, so the bar reads with and
 * without refreshers at once (and year 5's drop shows either way). The parts of each year (base, bonus, sign-on,
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

const REFRESHERS = ':refreshers';
const WITHOUT = ':without';

const refresherOf = (d: StackedYearDatum, offerId: string) =>
  d.byOffer[offerId]?.refresherEquity ?? 0;

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
          .map((d) => {
            const total = `year ${d.year} ${chartMoney(d.byOffer[s.offerId]?.total ?? 0, s.currency)}`;
            const refreshers = refresherOf(d, s.offerId);
            return refreshers > 0
              ? `${total} (of which refreshers ${chartMoney(refreshers, s.currency)})`
              : total;
          })
          .join(', ')}`,
    )
    .join('; ');
  const withRefreshers = new Set(
    series.filter((s) => data.some((d) => refresherOf(d, s.offerId) > 0)).map((s) => s.offerId),
  );
  const nameOf = new Map(series.map((s) => [s.offerId, s.name]));
  for (const id of withRefreshers) {
    nameOf.set(`${id}${REFRESHERS}`, `${nameOf.get(id) ?? id}: refreshers (assumed)`);
    nameOf.set(`${id}${WITHOUT}`, `${nameOf.get(id) ?? id}: without refreshers`);
  }
  const totalLabel = (offerId: string) => (
    <LabelList
      position="top"
      fill="currentColor"
      fontSize={11}
      valueAccessor={(entry: { payload?: unknown }) =>
        compactMoney((entry.payload as StackedYearDatum).byOffer[offerId]?.total ?? 0, currency)
      }
    />
  );
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
            {series.flatMap((s, i) => {
              const fill = offerColor(colorIndex ? colorIndex(s.offerId) : i);
              const labelled = series.length <= 4;
              if (!withRefreshers.has(s.offerId)) {
                return [
                  <Bar
                    key={s.offerId}
                    name={s.offerId}
                    dataKey={(d: StackedYearDatum) => d.byOffer[s.offerId]?.total ?? 0}
                    fill={fill}
                    isAnimationActive={false}
                  >
                    {labelled ? totalLabel(s.offerId) : null}
                  </Bar>,
                ];
              }
              // Refreshers at the foot, the rest on top: the top slice is never empty (base pay),
              // so the total's label always has a bar to sit on.
              return [
                <Bar
                  key={`${s.offerId}${REFRESHERS}`}
                  name={`${s.offerId}${REFRESHERS}`}
                  stackId={s.offerId}
                  dataKey={(d: StackedYearDatum) => refresherOf(d, s.offerId)}
                  fill={fill}
                  fillOpacity={0.4}
                  stroke={fill}
                  isAnimationActive={false}
                />,
                <Bar
                  key={`${s.offerId}${WITHOUT}`}
                  name={`${s.offerId}${WITHOUT}`}
                  stackId={s.offerId}
                  dataKey={(d: StackedYearDatum) =>
                    (d.byOffer[s.offerId]?.total ?? 0) - refresherOf(d, s.offerId)
                  }
                  fill={fill}
                  isAnimationActive={false}
                >
                  {labelled ? totalLabel(s.offerId) : null}
                </Bar>,
              ];
            })}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <OfferKey series={series} {...(colorIndex ? { colorIndex } : {})} />
      {withRefreshers.size > 0 ? (
        <p className="chart__note" data-testid="refresher-key">
          The lighter slice at the foot of a bar is the refreshers’ part — an assumption. The bar’s
          label is the total with them.
        </p>
      ) : null}
    </figure>
  );
};
