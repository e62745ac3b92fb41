/**
 * Each offer's market-style total comp beside the template's published
 * figures for the same role and level, with every figure's source one click
 * away. Presentational: takes the shaped rows from `marketComparison`;
 * opening a source is the caller's `onOpenSource`.
 */

import type { MarketComparisonRow } from '@shared/domain/compCharts';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { chartMoney, moneyAxis, moneyTooltip, offerNameAxis, PART_COLORS } from './chartStyle';

/** Where an offer falls against a published range, as a whole clause. */
const positionText = (position: 'below' | 'within' | 'above', single: boolean): string => {
  if (single) {
    return position === 'within'
      ? 'the same as that figure'
      : position === 'below'
        ? 'below that figure'
        : 'above that figure';
  }
  return position === 'within' ? 'within the range' : `${position} the range`;
};

const range = (low: number, high: number, currency: string) =>
  low === high
    ? chartMoney(low, currency)
    : `${chartMoney(low, currency)}–${chartMoney(high, currency)}`;

export const MarketChart = ({
  rows,
  currency,
  onOpenSource,
}: {
  rows: MarketComparisonRow[];
  currency: string;
  onOpenSource: (url: string) => void;
}) => {
  const data = rows
    .filter((r) => r.currency === currency)
    .map((r) => {
      const ref = r.references.find((f) => f.figure.metric === 'totalComp' && f.sameCurrency);
      return { name: r.name, offer: r.marketStyleTotalComp, reference: ref ? ref.midpoint : null };
    });
  const anyReference = data.some((d) => d.reference !== null);
  const summary = data
    .map(
      (d) =>
        `${d.name}: ${chartMoney(d.offer, currency)}${d.reference === null ? ', no published figure' : ` against a published ${chartMoney(d.reference, currency)}`}`,
    )
    .join('; ');
  return (
    <figure className="chart">
      <figcaption className="chart__title">Against published pay figures</figcaption>
      <p className="chart__note">
        Market-style total comp is the first year’s base, plus the grant spread evenly over its
        vesting years, plus the bonus target — sign-on left out — the way salary sites count it.
      </p>
      {data.length > 0 ? (
        <div role="img" aria-label={`Market-style total comp. ${summary}`}>
          <ResponsiveContainer width="100%" height={220}>
            <BarChart
              data={data}
              margin={{ top: 8, right: 16, left: 16, bottom: 24 }}
              accessibilityLayer={false}
            >
              <CartesianGrid stroke="currentColor" strokeOpacity={0.15} vertical={false} />
              <XAxis {...offerNameAxis(data.length, 'Offer (full names in the list below)')} />
              <YAxis {...moneyAxis(currency)} />
              <Tooltip {...moneyTooltip(currency)} />
              <Bar
                name="This offer"
                dataKey="offer"
                fill={PART_COLORS.base}
                isAnimationActive={false}
              />
              {anyReference ? (
                <Bar
                  name="Published total comp, midpoint"
                  dataKey="reference"
                  fill={PART_COLORS.bonus}
                  isAnimationActive={false}
                />
              ) : null}
            </BarChart>
          </ResponsiveContainer>
          <ul className="chart__legend" aria-hidden="true">
            <li>
              <span className="chart__swatch" style={{ background: PART_COLORS.base }} />
              This offer, market-style
            </li>
            {anyReference ? (
              <li>
                <span className="chart__swatch" style={{ background: PART_COLORS.bonus }} />
                Published total comp, midpoint of the range
              </li>
            ) : null}
          </ul>
          {anyReference ? null : (
            <p className="chart__note">
              No published total comp matches these offers’ role and level, so there is nothing to
              set beside them.
            </p>
          )}
        </div>
      ) : null}
      <div className="market-list">
        {rows.map((r) => (
          <div key={r.offerId} className="market-list__offer">
            <h4>
              {r.name}: {chartMoney(r.marketStyleTotalComp, r.currency)} market-style
            </h4>
            {r.references.length === 0 ? (
              <p className="chart__note">No published figure matches this role and level.</p>
            ) : (
              <ul>
                {r.references.map((ref) => (
                  <li key={ref.figure.id}>
                    {ref.figure.label}:{' '}
                    {range(ref.figure.low, ref.figure.high, ref.figure.currency ?? r.currency)}
                    {ref.position ? (
                      <>
                        {' '}
                        — this offer’s {ref.figure.metric === 'base' ? 'base' : 'total comp'} is{' '}
                        {positionText(ref.position, ref.figure.low === ref.figure.high)}.
                      </>
                    ) : (
                      ' — another currency, not compared.'
                    )}{' '}
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onOpenSource(ref.figure.sourceUrl)}
                    >
                      Source: {ref.figure.sourceName}
                    </button>{' '}
                    <span className="chart__note">(read {ref.figure.readOn})</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </div>
    </figure>
  );
};
