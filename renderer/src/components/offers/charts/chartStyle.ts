/**
 * Colours and formatters the offer charts share. Every colour keeps at least
 * 3:1 contrast against both the light and the dark surface, so one palette
 * serves both modes. Display only: no figures are computed here.
 */
import { currencyMinorDigits, formatWholeMoney, withTrueMinus } from '@shared/domain/money';

/** One colour per offer, in list order (wraps after six). */
export const OFFER_COLORS = ['#2f6fdf', '#d9480f', '#2b8a3e', '#ae3ec9', '#0c8599', '#b8860b'];
export const offerColor = (index: number): string =>
  OFFER_COLORS[index % OFFER_COLORS.length] ?? '#2f6fdf';

/**
 * Each charted offer's colour slot, by id (0 for an offer not charted): its place among the
 * charted offers, so an offer keeps its colour in every chart.
 */
export const colorIndexOf = (charted: readonly { id: string }[]) => {
  const slots = new Map(charted.map((o, i) => [o.id, i]));
  return (offerId: string): number => slots.get(offerId) ?? 0;
};

/** Colours of the pay components in stacked charts. */
export const PART_COLORS = {
  base: '#5c7cfa',
  bonus: '#b8860b',
  signOn: '#e8590c',
  equity: '#2b8a3e',
} as const;

const compactCache = new Map<string, Intl.NumberFormat>();

/** A short axis label for minor units of `currency`, e.g. "$210K", "−$60K". */
export const compactMoney = (minor: number, currency: string): string => {
  let f = compactCache.get(currency);
  if (!f) {
    f = new Intl.NumberFormat(undefined, {
      style: 'currency',
      currency,
      notation: 'compact',
      maximumFractionDigits: 1,
    });
    compactCache.set(currency, f);
  }
  return withTrueMinus(f.format(minor / 10 ** currencyMinorDigits(currency)));
};

export const axisTick = { fill: 'currentColor', fontSize: 12 } as const;
export const tooltipStyle = {
  background: 'var(--surface)',
  color: 'var(--text)',
  border: '1px solid var(--border)',
  borderRadius: 6,
} as const;

/** An offer name cut to `max` characters for a crowded axis; the tooltip keeps it whole. */
export const shortName = (name: string, max = 14): string =>
  name.length <= max ? name : `${name.slice(0, max - 1)}…`;

/** An axis title drawn by recharts, in the text colour. */
const axisTitle = (value: string, angle: number) => ({
  value,
  angle,
  position: angle === 0 ? ('insideBottom' as const) : ('insideLeft' as const),
  offset: angle === 0 ? -16 : 0,
  style: { fill: 'currentColor', fontSize: 12, textAnchor: 'middle' as const },
});

/** Props for a money Y axis in `currency`, with short labels ("$210K") and a title. */
/**
 * Returns the value `make` builds for `key`, building it once: chart props
 * keep their identity from one render to the next, so recharts does not
 * unregister and register an axis, tooltip or line (and recompute its whole
 * store) on a render where only the data changed.
 */
export const once = <T>(cache: Map<string, T>, key: string, make: () => T): T => {
  let found = cache.get(key);
  if (found === undefined) {
    found = make();
    cache.set(key, found);
  }
  return found;
};

const moneyAxes = new Map<string, ReturnType<typeof makeMoneyAxis>>();
const makeMoneyAxis = (currency: string, title: string) => ({
  tick: axisTick,
  width: 72,
  tickFormatter: (v: number) => compactMoney(v, currency),
  label: axisTitle(title, -90),
});
export const moneyAxis = (currency: string, title = `Amount, ${currency}`) =>
  once(moneyAxes, `${currency}|${title}`, () => makeMoneyAxis(currency, title));

/** The margin of the line charts; one object, so its identity never changes. */
export const lineChartMargin = { top: 8, right: 16, left: 16, bottom: 24 } as const;

/** "Month 12": a month-by-month chart's tooltip label. */
export const monthLabel = (m: unknown): string => `Month ${m}`;

const byOfferKeys = new Map<string, (d: { byOffer: Record<string, number> }) => number>();
/** A line's data key: the offer's value in each datum (0 when absent), one function per offer. */
export const byOfferKey = (offerId: string) =>
  once(
    byOfferKeys,
    offerId,
    () => (d: { byOffer: Record<string, number> }) => d.byOffer[offerId] ?? 0,
  );

/**
 * The hover band or line under the pointer, drawn in the text colour at low
 * opacity so it reads on the light and the dark surface alike (recharts'
 * default light grey glares in dark mode).
 */
export const hoverCursor = {
  fill: 'currentColor',
  fillOpacity: 0.12,
  stroke: 'currentColor',
  strokeOpacity: 0.4,
} as const;

/**
 * An amount as every chart shows it in labels, tooltips and summaries: whole
 * units of the currency ("$445,667"), the way the pay table shows its figures,
 * so a tooltip never shows cents the table does not.
 */
export const chartMoney = (minor: number, currency: string): string =>
  formatWholeMoney(minor, currency);

/** Props for a tooltip that shows amounts in full, in whole units ("$210,000"). */
const moneyTooltips = new Map<string, ReturnType<typeof makeMoneyTooltip>>();
const makeMoneyTooltip = (currency: string) => ({
  contentStyle: tooltipStyle,
  cursor: hoverCursor,
  formatter: (v: unknown) => chartMoney(Number(v), currency),
});
export const moneyTooltip = (currency: string) =>
  once(moneyTooltips, currency, () => makeMoneyTooltip(currency));

/** Props for an X axis of 48 months, labelled every half year, titled. */
export const monthAxis = {
  dataKey: 'month',
  tick: axisTick,
  ticks: [6, 12, 18, 24, 30, 36, 42, 48],
  label: axisTitle('Months from your start date', 0),
} as const;

/**
 * Props for an X axis of offer names, every one shown, shortened when there are many; `title`
 * says where the full names are (a chart that also goes on paper, where there is no tooltip,
 * names a place on the page).
 */
export const offerNameAxis = (count: number, title = 'Offer (full name in the tooltip)') => ({
  dataKey: 'name',
  tick: axisTick,
  interval: 0,
  tickFormatter: (n: string) => shortName(n, count > 3 ? 12 : 28),
  label: axisTitle(title, 0),
});

/**
 * The words a month-by-month chart is read as by a screen reader: each
 * offer's value after 12, 24 and 48 months, in `show`'s own words.
 */
export const milestoneSummary = (
  series: readonly { offerId: string; name: string }[],
  data: readonly { byOffer: Record<string, number> }[],
  show: (minor: number) => string,
): string => {
  const at = (month: number, id: string) => data[month - 1]?.byOffer[id] ?? 0;
  return series
    .map(
      (s) =>
        `${s.name}: ${show(at(12, s.offerId))} after 12 months, ${show(at(24, s.offerId))} after 24, ${show(at(48, s.offerId))} after 48`,
    )
    .join('; ');
};
