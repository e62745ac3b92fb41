/**
 * What leaving after a given month would cost, per offer: unvested equity
 * given up and sign-on to pay back, stacked. Presentational: takes the
 * shaped data from `leavingCostSeries`; the month slider lives with its caller.
 */

import type { LeavingCostDatum } from '@shared/domain/compCharts';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { chartMoney, moneyAxis, moneyTooltip, offerNameAxis, PART_COLORS } from './chartStyle';

export const LeavingCostChart = ({
  data,
  currency,
  month,
}: {
  data: LeavingCostDatum[];
  currency: string;
  month: number;
}) => {
  const summary = data
    .map(
      (d) =>
        `${d.name}: ${chartMoney(d.total, currency)} (${chartMoney(d.unvestedEquityForfeited, currency)} unvested equity, ${chartMoney(d.signOnToRepay, currency)} sign-on to repay)`,
    )
    .join('; ');
  return (
    <div role="img" aria-label={`Cost of leaving after month ${month}. ${summary}`}>
      <ResponsiveContainer width="100%" height={240}>
        <BarChart
          data={data}
          margin={{ top: 8, right: 16, left: 16, bottom: 24 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke="currentColor" strokeOpacity={0.15} vertical={false} />
          <XAxis {...offerNameAxis(data.length)} />
          <YAxis {...moneyAxis(currency)} />
          <Tooltip {...moneyTooltip(currency)} />
          <Bar
            name="Unvested equity given up"
            dataKey="unvestedEquityForfeited"
            stackId="cost"
            fill={PART_COLORS.equity}
            isAnimationActive={false}
          />
          <Bar
            name="Sign-on to repay"
            dataKey="signOnToRepay"
            stackId="cost"
            fill={PART_COLORS.signOn}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
      <ul className="chart__legend" aria-hidden="true">
        <li>
          <span className="chart__swatch" style={{ background: PART_COLORS.equity }} />
          Unvested equity given up
        </li>
        <li>
          <span className="chart__swatch" style={{ background: PART_COLORS.signOn }} />
          Sign-on to repay
        </li>
      </ul>
    </div>
  );
};
