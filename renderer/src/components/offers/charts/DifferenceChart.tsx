/**
 * How far each offer is ahead of or behind the baseline in pay received so
 * far, month by month over four years: one line per offer around a zero line.
 * Where a line turns is where a sign-on runs out or a vest lands.
 * Presentational: takes the shaped data from `differenceSeries` and draws it
 * as plain SVG (no recharts), so the redraw after an edit is a few path
 * strings rather than a chart library's store update. Owns the chart's width
 * (measured from its box) and the month under the pointer.
 */

import type { ChartSeries, DifferenceDatum } from '@shared/domain/compCharts';
import { currencyMinorDigits, formatSignedWholeMoney } from '@shared/domain/money';
import { type PointerEvent, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { OfferKey } from './CumulativePayChart';
import {
  hoverCursor,
  lineChartMargin,
  milestoneSummary,
  moneyAxis,
  monthAxis,
  monthLabel,
  offerColor,
  tooltipStyle,
} from './chartStyle';
import { linearScale, linePath, nearestIndex, niceTicks } from './svgChart';

/** The chart's height in CSS pixels, as the other line charts. */
const HEIGHT = 280;
/** Room for the money tick labels and the rotated axis title, left of the plot. */
const Y_AXIS_WIDTH = 72;
/** Room for the month tick labels under the plot. */
const X_AXIS_HEIGHT = 30;
/** The month ticks: one a year. */
const MONTH_TICKS = [0, 12, 24, 36, 48];
const TICK_SIZE = 6;
const FONT_SIZE = 12;

/** The pixel box of the plot inside an SVG `width` wide. */
const plotBox = (width: number) => ({
  left: lineChartMargin.left + Y_AXIS_WIDTH,
  right: Math.max(lineChartMargin.left + Y_AXIS_WIDTH + 1, width - lineChartMargin.right),
  top: lineChartMargin.top,
  bottom: HEIGHT - lineChartMargin.bottom - X_AXIS_HEIGHT,
});

/**
 * Everything drawn that depends on the data and the width: scales, ticks and
 * one path per offer. Minor units in, pixels out.
 */
function layout(
  series: readonly ChartSeries[],
  data: readonly DifferenceDatum[],
  currency: string,
  width: number,
) {
  const box = plotBox(width);
  const months = data.map((d) => d.month);
  const lastMonth = months[months.length - 1] ?? 48;
  let lo = 0;
  let hi = 0;
  for (const d of data) {
    for (const s of series) {
      const v = d.byOffer[s.offerId] ?? 0;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  // Offers level to the cent would give a flat axis with no ticks: show at least 100 units.
  const minSpan = 100 * 10 ** currencyMinorDigits(currency);
  if (hi - lo < minSpan) {
    if (hi <= 0 && lo < 0) lo = Math.min(lo, hi - minSpan);
    else hi = lo + minSpan;
  }
  const yTicks = niceTicks(lo, hi, 5);
  const x = linearScale(0, lastMonth, box.left, box.right);
  const y = linearScale(yTicks[0] ?? lo, yTicks[yTicks.length - 1] ?? hi, box.bottom, box.top);
  const paths = series.map((s) =>
    linePath(data.map((d) => [x(d.month), y(d.byOffer[s.offerId] ?? 0)])),
  );
  const xTicks = MONTH_TICKS.filter((m) => m <= lastMonth);
  return { box, months, x, y, yTicks, xTicks, yPx: yTicks.map(y), xPx: xTicks.map(x), paths };
}

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
  const summary = milestoneSummary(series, data, (m) => formatSignedWholeMoney(m, currency));
  return (
    <figure className="chart">
      <figcaption className="chart__title">Difference to the baseline over 48 months</figcaption>
      <p className="chart__note">
        Pay received so far minus what {baseline.name} (the baseline) has paid by the same month.
        Above zero the offer is ahead.
      </p>
      <div role="img" aria-label={`Difference to ${baseline.name}. ${summary}`}>
        <DifferencePlot series={series} data={data} currency={currency} colorIndex={colorIndex} />
      </div>
      <OfferKey series={series} colorIndex={colorIndex} />
    </figure>
  );
};

/**
 * The SVG itself, as wide as its box: grid, axes with titles, the zero line,
 * one line per offer and, under a mouse pointer, a cursor line with the
 * month's figures. Nothing inside takes focus; keyboard and screen-reader
 * users read the same figures in the figure's `aria-label`.
 */
const DifferencePlot = ({
  series,
  data,
  currency,
  colorIndex,
}: {
  series: ChartSeries[];
  data: DifferenceDatum[];
  currency: string;
  colorIndex: (offerId: string) => number;
}) => {
  const wrapper = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [hover, setHover] = useState<number | null>(null);

  // Measured before the first paint, then kept in step with the box, so the SVG is drawn at its
  // real width in pixels (text never stretches the way a scaled viewBox would stretch it).
  useLayoutEffect(() => {
    const el = wrapper.current;
    if (!el) return;
    setWidth(Math.floor(el.clientWidth));
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (box) setWidth(Math.floor(box.width));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const drawn = useMemo(
    () => (width > 0 ? layout(series, data, currency, width) : null),
    [series, data, currency, width],
  );
  const axis = moneyAxis(currency, `Ahead (+) or behind (−), ${currency}`);

  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    if (!drawn || e.pointerType === 'touch') return;
    const px = e.clientX - e.currentTarget.getBoundingClientRect().left;
    const { box, months } = drawn;
    if (px < box.left || px > box.right) {
      setHover(null);
      return;
    }
    const month = ((px - box.left) / (box.right - box.left)) * (months[months.length - 1] ?? 48);
    const index = nearestIndex(months, month);
    setHover(index < 0 ? null : index);
  };

  const hovered = hover === null ? undefined : data[hover];
  return (
    <div ref={wrapper} style={{ position: 'relative', height: HEIGHT }}>
      {drawn ? (
        <svg
          width={width}
          height={HEIGHT}
          aria-hidden="true"
          onPointerMove={onPointerMove}
          onPointerLeave={() => setHover(null)}
          fontSize={FONT_SIZE}
          fill="currentColor"
        >
          <g stroke="currentColor" strokeOpacity={0.15}>
            <Rules horizontal at={drawn.yPx} from={drawn.box.left} to={drawn.box.right} />
            <Rules at={drawn.xPx} from={drawn.box.top} to={drawn.box.bottom} />
          </g>
          <g stroke="currentColor" strokeOpacity={0.6}>
            <Rules at={[drawn.box.left]} from={drawn.box.top} to={drawn.box.bottom} />
            <Rules horizontal at={[drawn.box.bottom]} from={drawn.box.left} to={drawn.box.right} />
            <Rules
              horizontal
              at={drawn.yPx}
              from={drawn.box.left - TICK_SIZE}
              to={drawn.box.left}
            />
            <Rules at={drawn.xPx} from={drawn.box.bottom} to={drawn.box.bottom + TICK_SIZE} />
          </g>
          <g textAnchor="end">
            {drawn.yTicks.map((t) => (
              <text
                key={t}
                x={drawn.box.left - TICK_SIZE - 2}
                y={drawn.y(t)}
                dominantBaseline="central"
              >
                {axis.tickFormatter(t)}
              </text>
            ))}
          </g>
          <g textAnchor="middle">
            {drawn.xTicks.map((m) => (
              <text key={m} x={drawn.x(m)} y={drawn.box.bottom + TICK_SIZE + 2 + FONT_SIZE}>
                {m}
              </text>
            ))}
            <text x={(drawn.box.left + drawn.box.right) / 2} y={HEIGHT - 6}>
              {monthAxis.label.value}
            </text>
            <text
              transform={`translate(${lineChartMargin.left + FONT_SIZE / 2} ${(drawn.box.top + drawn.box.bottom) / 2}) rotate(-90)`}
              dominantBaseline="central"
            >
              {axis.label.value}
            </text>
          </g>
          <line
            x1={drawn.box.left}
            x2={drawn.box.right}
            y1={drawn.y(0)}
            y2={drawn.y(0)}
            stroke="currentColor"
            strokeOpacity={0.6}
          />
          <g fill="none" strokeWidth={2} strokeLinejoin="round">
            {series.map((s, i) => (
              <path key={s.offerId} d={drawn.paths[i]} stroke={offerColor(colorIndex(s.offerId))} />
            ))}
          </g>
          {hovered ? (
            <line
              x1={drawn.x(hovered.month)}
              x2={drawn.x(hovered.month)}
              y1={drawn.box.top}
              y2={drawn.box.bottom}
              stroke={hoverCursor.stroke}
              strokeOpacity={hoverCursor.strokeOpacity}
            />
          ) : null}
          {/* Catches the pointer over the whole plot, gaps between lines included. */}
          <rect
            x={drawn.box.left}
            y={drawn.box.top}
            width={drawn.box.right - drawn.box.left}
            height={drawn.box.bottom - drawn.box.top}
            fill="transparent"
          />
        </svg>
      ) : null}
      {drawn && hovered ? (
        <DifferenceTooltip
          datum={hovered}
          series={series}
          currency={currency}
          colorIndex={colorIndex}
          x={drawn.x(hovered.month)}
          flip={drawn.x(hovered.month) > (drawn.box.left + drawn.box.right) / 2}
          top={drawn.box.top}
        />
      ) : null}
    </div>
  );
};

/**
 * Lines across the plot at each pixel position in `at`: horizontal ones run
 * from x `from` to x `to`, vertical ones from y `from` to y `to`.
 */
const Rules = ({
  at,
  from,
  to,
  horizontal = false,
}: {
  at: readonly number[];
  from: number;
  to: number;
  horizontal?: boolean;
}) =>
  at.map((p) =>
    horizontal ? (
      <line key={p} x1={from} x2={to} y1={p} y2={p} />
    ) : (
      <line key={p} x1={p} x2={p} y1={from} y2={to} />
    ),
  );

/** The box beside the cursor: "Month N" and each offer's signed difference in its colour. */
const DifferenceTooltip = ({
  datum,
  series,
  currency,
  colorIndex,
  x,
  flip,
  top,
}: {
  datum: DifferenceDatum;
  series: ChartSeries[];
  currency: string;
  colorIndex: (offerId: string) => number;
  x: number;
  /** Draw the box left of the cursor (the cursor is in the right half). */
  flip: boolean;
  top: number;
}) => (
  <div
    className="chart__tooltip"
    style={{
      ...tooltipStyle,
      position: 'absolute',
      top,
      left: x,
      transform: flip ? 'translateX(calc(-100% - 12px))' : 'translateX(12px)',
      padding: '6px 10px',
      pointerEvents: 'none',
      whiteSpace: 'nowrap',
      fontSize: '0.85rem',
    }}
  >
    <p style={{ margin: 0 }}>{monthLabel(datum.month)}</p>
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {series.map((s) => (
        <li key={s.offerId} style={{ color: offerColor(colorIndex(s.offerId)) }}>
          {s.name} : {formatSignedWholeMoney(datum.byOffer[s.offerId] ?? 0, currency)}
        </li>
      ))}
    </ul>
  </div>
);
