/**
 * Pay components per year, one small stacked-bar chart per offer on a shared
 * scale, so the shape of each offer (sign-on early, equity late) reads at a
 * glance. Presentational: takes the shaped data from `stackedYearData`. Each
 * small chart redraws only when its own figures or the scale change, so an
 * edit to one offer does not redraw the others.
 */

import type { YearRow } from '@shared/domain/comp';
import type { ChartSeries, StackedYearDatum } from '@shared/domain/compCharts';
import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { axisTick, chartMoney, compactMoney, moneyTooltip, PART_COLORS } from './chartStyle';

const PARTS = [
  { key: 'base', label: 'Base' },
  { key: 'bonus', label: 'Bonus' },
  { key: 'signOn', label: 'Sign-on' },
  { key: 'equity', label: 'Equity' },
] as const;

type MiniProps = { name: string; currency: string; rows: YearRow[]; ticks: number[] };

const sameRows = (a: YearRow[], b: YearRow[]) =>
  a.length === b.length &&
  a.every((r, i) => {
    const s = b[i];
    return (
      s !== undefined &&
      r.year === s.year &&
      r.base === s.base &&
      r.bonus === s.bonus &&
      r.signOn === s.signOn &&
      r.equity === s.equity
    );
  });

const MiniStack = memo(
  ({ name, currency, rows, ticks }: MiniProps) => (
    <div className="chart__multiple">
      <p className="chart__multiple-title">{name}</p>
      <BarChart
        width={230}
        height={170}
        data={rows}
        margin={{ top: 4, right: 4, left: 4, bottom: 0 }}
      >
        <CartesianGrid stroke="currentColor" strokeOpacity={0.15} vertical={false} />
        <XAxis dataKey={(r: YearRow) => `Y${r.year}`} tick={axisTick} />
        <YAxis
          domain={[0, ticks.at(-1) ?? 1]}
          ticks={ticks}
          // Show every tick of the shared scale; recharts would otherwise drop one it thinks is crowded.
          interval={0}
          tick={axisTick}
          width={56}
          tickFormatter={(v: number) => compactMoney(v, currency)}
        />
        <Tooltip {...moneyTooltip(currency)} />
        {PARTS.map((p) => (
          <Bar
            key={p.key}
            name={p.label}
            stackId="pay"
            dataKey={p.key}
            fill={PART_COLORS[p.key]}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </div>
  ),
  (a, b) =>
    a.name === b.name &&
    a.currency === b.currency &&
    a.ticks.join() === b.ticks.join() &&
    sameRows(a.rows, b.rows),
);

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
  const rowsOf = (id: string) =>
    data.flatMap((d) => {
      const row = d.byOffer[id];
      return row ? [row] : [];
    });
  const summary = series
    .map(
      (s) =>
        `${s.name}: ${rowsOf(s.offerId)
          .map((r) => `year ${r.year} ${chartMoney(r.total, s.currency)}`)
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
          <MiniStack
            key={s.offerId}
            name={s.name}
            currency={s.currency}
            rows={rowsOf(s.offerId)}
            ticks={ticks}
          />
        ))}
      </div>
    </figure>
  );
};
