/**
 * Pay components per year, one small stacked-bar chart per offer on a shared
 * scale, so the shape of each offer (sign-on early, equity late) reads at a
 * glance. Presentational: takes the shaped data from `stackedYearData`.
 */
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartSeries, StackedYearDatum } from '../../../../../../shared/domain/compCharts';
import { formatMoney } from '../../../../../../shared/domain/money';
import { axisTick, compactMoney, PART_COLORS, tooltipStyle } from './chartStyle';

const PARTS = [
  { key: 'base', label: 'Base' },
  { key: 'bonus', label: 'Bonus' },
  { key: 'signOn', label: 'Sign-on' },
  { key: 'equity', label: 'Equity' },
] as const;

export const PayStackChart = ({
  series,
  data,
}: {
  series: ChartSeries[];
  data: StackedYearDatum[];
}) => {
  let max = 0;
  for (const d of data) for (const row of Object.values(d.byOffer)) max = Math.max(max, row.total);
  // A shared, round scale so the small charts compare: steps of half a power of ten.
  const step = max > 0 ? 10 ** Math.floor(Math.log10(max)) / 2 : 1;
  const top = Math.max(step, Math.ceil(max / step) * step);
  const ticks: number[] = [];
  for (let t = 0; t <= top; t += step) ticks.push(t);
  const summary = series
    .map(
      (s) =>
        `${s.name}: ${data
          .map((d) => `year ${d.year} ${formatMoney(d.byOffer[s.offerId]?.total ?? 0, s.currency)}`)
          .join(', ')}`,
    )
    .join('; ');
  return (
    <figure className="chart">
      <figcaption className="chart__title">Pay components by year</figcaption>
      <ul className="chart__legend" aria-hidden="true">
        {PARTS.map((p) => (
          <li key={p.key}>
            <span className="chart__swatch" style={{ background: PART_COLORS[p.key] }} />
            {p.label}
          </li>
        ))}
      </ul>
      <div className="chart__multiples" role="img" aria-label={`Total pay by year. ${summary}`}>
        {series.map((s) => (
          <div key={s.offerId} className="chart__multiple">
            <p className="chart__multiple-title">{s.name}</p>
            <BarChart
              width={230}
              height={170}
              data={data}
              margin={{ top: 4, right: 4, left: 4, bottom: 0 }}
            >
              <CartesianGrid stroke="currentColor" strokeOpacity={0.15} vertical={false} />
              <XAxis dataKey={(d: StackedYearDatum) => `Y${d.year}`} tick={axisTick} />
              <YAxis
                domain={[0, top]}
                ticks={ticks}
                tick={axisTick}
                width={56}
                tickFormatter={(v: number) => compactMoney(v, s.currency)}
              />
              <Tooltip
                contentStyle={tooltipStyle}
                formatter={(v) => formatMoney(Number(v), s.currency)}
              />
              {PARTS.map((p) => (
                <Bar
                  key={p.key}
                  name={p.label}
                  stackId="pay"
                  dataKey={(d: StackedYearDatum) => d.byOffer[s.offerId]?.[p.key] ?? 0}
                  fill={PART_COLORS[p.key]}
                  isAnimationActive={false}
                />
              ))}
            </BarChart>
          </div>
        ))}
      </div>
    </figure>
  );
};
