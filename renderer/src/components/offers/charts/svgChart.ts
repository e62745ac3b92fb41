/**
 * The arithmetic of a chart drawn as plain SVG: round tick values for an
 * axis, linear scales from data to pixels, a polyline's `d` string, and the
 * data point nearest the pointer. Pure functions, no React and no DOM, so a
 * chart's redraw is a few string joins and each piece is unit-tested.
 */

/**
 * Round tick values covering [`min`, `max`]: about `count` steps of 1, 2 or 5
 * times a power of ten, the first tick at or below `min` and the last at or
 * above `max` (so the axis domain is [first, last]). `min` > `max` is read as
 * the swapped pair; equal bounds give that one value alone; a non-finite
 * bound or a `count` below 1 gives no ticks.
 */
export function niceTicks(min: number, max: number, count: number): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max) || !(count >= 1)) return [];
  const lo = Math.min(min, max);
  const hi = Math.max(min, max);
  if (lo === hi) return [lo];
  const step = niceStep((hi - lo) / count);
  const first = Math.floor(lo / step);
  const last = Math.ceil(hi / step);
  const ticks: number[] = [];
  // Multiplying (never adding) keeps each tick one rounding away from exact;
  // toPrecision drops the float noise of fractional steps (0.1 × 3).
  for (let i = first; i <= last; i++) ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}

/** The smallest of 1, 2, 5 or 10 times a power of ten that is ≥ `raw` (> 0). */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/**
 * A linear map from the data interval [`d0`, `d1`] to the pixel interval
 * [`r0`, `r1`]; an empty data interval maps everything to the middle of the
 * pixel range.
 */
export function linearScale(
  d0: number,
  d1: number,
  r0: number,
  r1: number,
): (value: number) => number {
  if (d0 === d1) {
    const mid = (r0 + r1) / 2;
    return () => mid;
  }
  const k = (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * k;
}

/**
 * An SVG path `d` through the points in order: "M x0,y0 L x1,y1 …", each
 * coordinate rounded to a tenth of a pixel (finer is invisible and only makes
 * the string longer). No points give "".
 */
export function linePath(points: readonly (readonly [number, number])[]): string {
  let d = '';
  for (const [x, y] of points) {
    d += `${d === '' ? 'M' : 'L'}${tenth(x)},${tenth(y)}`;
  }
  return d;
}

const tenth = (n: number): number => Math.round(n * 10) / 10;

/**
 * The index of the value in `sorted` (ascending) nearest to `target`; a tie
 * goes to the earlier one. -1 when `sorted` is empty.
 */
export function nearestIndex(sorted: readonly number[], target: number): number {
  if (sorted.length === 0) return -1;
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < target) lo = mid + 1;
    else hi = mid;
  }
  // lo is the first value ≥ target; the one before it may be nearer.
  if (lo > 0 && target - (sorted[lo - 1] ?? 0) <= (sorted[lo] ?? 0) - target) return lo - 1;
  return lo;
}
