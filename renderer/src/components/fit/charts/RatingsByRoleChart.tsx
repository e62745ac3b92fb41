/**
 * "Your ratings by role": one horizontal bar per rated artifact (1–5), grouped
 * by role and coloured by role, with a visually-hidden table as its text
 * alternative. Presentational: takes rows shaped by `shared/domain/fitWorksheet`.
 * Loaded lazily (recharts is heavy); animations are off.
 */

import type { FitChartData } from '@shared/domain/fitWorksheet';
import { Bar, BarChart, CartesianGrid, Cell, XAxis, YAxis } from 'recharts';

export type RatingsByRoleChartProps = {
  data: FitChartData;
  /** Role ids in template order; the first gets the first role colour. */
  roleOrder: readonly string[];
  titleId: string;
};

const ROW_HEIGHT = 26;

export const RatingsByRoleChart = ({ data, roleOrder, titleId }: RatingsByRoleChartProps) => {
  const colourClass = (roleId: string) => `fit-bar--role${Math.max(0, roleOrder.indexOf(roleId))}`;
  // A parenthetical gloss ("PRD (product requirements document)") is dropped from the axis
  // label to keep it on one line; the table below keeps the full name.
  const rows = data.rows.map((r) => ({
    ...r,
    label: `${r.roleShortName} · ${r.name.replace(/\s*\(.*\)\s*$/, '')}`,
  }));
  const summary = data.roles
    .map((r) =>
      r.average === null
        ? `${r.roleShortName}: no ratings yet`
        : `${r.roleShortName}: average ${r.average} out of 5 over ${r.ratedCount} of ${r.artifactCount} artifacts`,
    )
    .join('; ');
  return (
    <figure className="fit-chart" aria-labelledby={titleId}>
      <div role="img" aria-label={`Bar chart of your ratings by role. ${summary}.`}>
        <BarChart
          responsive
          style={{ width: '100%', height: Math.max(80, rows.length * ROW_HEIGHT + 40) }}
          data={rows}
          layout="vertical"
          margin={{ top: 4, right: 12, bottom: 4, left: 4 }}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke="currentColor" strokeOpacity={0.25} />
          <XAxis
            type="number"
            domain={[0, 5]}
            ticks={[1, 2, 3, 4, 5]}
            tick={{ fill: 'currentColor', fontSize: 12 }}
            stroke="currentColor"
          />
          <YAxis
            type="category"
            dataKey="label"
            width={180}
            interval={0}
            tick={{ fill: 'currentColor', fontSize: 12 }}
            stroke="currentColor"
          />
          <Bar dataKey="rating" isAnimationActive={false} barSize={14}>
            {rows.map((r) => (
              <Cell key={r.artifactId} className={colourClass(r.roleId)} />
            ))}
          </Bar>
        </BarChart>
      </div>
      {/* The wrapper, not the table, is hidden: a table is never narrower than its text, so a
          1px-wide hidden table still widened the page (to 1,322 px at a 1280 px window). */}
      <div className="visually-hidden">
        <table>
          <caption>Your ratings by role</caption>
          <thead>
            <tr>
              <th scope="col">Role</th>
              <th scope="col">Artifact</th>
              <th scope="col">Rating (1–5)</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.artifactId}>
                <td>{r.roleShortName}</td>
                <td>{r.name}</td>
                <td>{r.rating}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <figcaption className="fit-chart__legend">
        {data.roles.map((r) => (
          <span key={r.roleId} className="fit-chart__legend-item">
            <span className={`fit-swatch ${colourClass(r.roleId)}`} aria-hidden="true" />
            {r.average === null
              ? `${r.roleShortName}: not rated yet`
              : `${r.roleShortName}: average ${r.average.toFixed(1)}/5 (${r.ratedCount} of ${r.artifactCount} rated)`}
          </span>
        ))}
      </figcaption>
    </figure>
  );
};
