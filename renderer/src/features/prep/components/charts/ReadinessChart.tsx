/**
 * Readiness over time, one line per role, from `readinessRows`. Presentational:
 * takes prepared rows; a visually hidden table carries the same numbers for
 * screen readers. Loaded lazily (recharts is heavy).
 */

import { roleColor } from '@renderer/components/prep/ReadinessSummary';
import type { ReadinessRow } from '@shared/domain/prepView';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

export type ReadinessChartProps = {
  rows: readonly ReadinessRow[];
  roles: readonly { id: string; shortName: string }[];
};

export const ReadinessChart = ({ rows, roles }: ReadinessChartProps) => {
  const shown = roles.filter((r) => rows.some((row) => typeof row[r.id] === 'number'));
  return (
    <figure className="readiness-chart">
      <figcaption className="readiness-chart__title">Readiness over time</figcaption>
      <div
        role="img"
        aria-label={`Readiness over time for ${shown.map((r) => r.shortName).join(' and ')}; the table below has the figures.`}
      >
        <ResponsiveContainer width="100%" height={140}>
          <LineChart data={[...rows]} margin={{ top: 8, right: 16, bottom: 0, left: -12 }}>
            <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
            <XAxis
              dataKey="date"
              stroke="var(--muted)"
              tick={{ fill: 'var(--muted)', fontSize: 12 }}
            />
            <YAxis
              domain={[0, 100]}
              unit="%"
              stroke="var(--muted)"
              tick={{ fill: 'var(--muted)', fontSize: 12 }}
            />
            <Tooltip
              contentStyle={{
                background: 'var(--surface)',
                borderColor: 'var(--border)',
                color: 'var(--text)',
              }}
            />
            <Legend />
            {shown.map((r) => (
              <Line
                key={r.id}
                type="stepAfter"
                dataKey={r.id}
                name={r.shortName}
                stroke={roleColor(r.id)}
                strokeWidth={2}
                dot={{ r: 3 }}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <table className="visually-hidden">
        <caption>Readiness by date, in percent</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            {shown.map((r) => (
              <th key={r.id} scope="col">
                {r.shortName}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.date}>
              <th scope="row">{row.date}</th>
              {shown.map((r) => (
                <td key={r.id}>{row[r.id] ?? '—'}%</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
};
