/**
 * "What could change the answer": plain sentences set beside the verdict —
 * the month the trailing offer overtakes for good, the stock growth that would
 * flip the ranking, how the offers' vesting differs in timing, and where an
 * offer's pay drops once its sign-on ends.
 *
 * Owns the search and the wording only. Every figure comes from the comp
 * engine (`comp.ts` yearly totals, `cashflow.ts` cumulative cash), at each
 * offer's own stock-growth assumption unless a sentence says otherwise.
 * Sentences carry no signs: amounts are whole units of the currency and the
 * direction is said in words. Pure: no clock, no storage, no DOM.
 */
import { CASH_FLOW_MONTHS, cumulativePay } from './cashflow';
import {
  type CompOffer,
  SUMMARY_YEARS,
  summarizeOffer,
  summaryCashCents,
  summaryEquityCents,
} from './comp';
import { currencyMinorDigits, formatMoney, roundHalfAwayFromZero } from './money';
import { isIncompleteOffer } from './verdict';
import { vestEvents, vestingYears } from './vesting';

/** An offer as these sentences need it: the comp fields plus who and where. */
export type ChangeOffer = CompOffer & {
  id: string;
  name: string;
  /** The company whose stock the grant is in; '' when not given. */
  company: string;
  currency: string;
};

/** What a sentence is about, for styling and tests. */
export type ChangeLineKind =
  | 'tie'
  | 'crossover'
  | 'stock'
  | 'front-loaded'
  | 'cliff'
  | 'pay-drop'
  | 'left-out';

export type ChangeLine = { key: string; kind: ChangeLineKind; text: string };

/** The searched range of yearly stock growth, percent. */
export const GROWTH_SEARCH_MIN_PCT = -50;
export const GROWTH_SEARCH_MAX_PCT = 100;

/** Points of difference in front-loading worth a sentence. */
export const FRONT_LOAD_THRESHOLD_POINTS = 10;

/** Complete enough to compare: the verdict's rule ({@link isIncompleteOffer}), so both leave out the same offers. */
const isCompleteOffer = (offer: Pick<CompOffer, 'baseSalary'>): boolean =>
  !isIncompleteOffer(offer);

/**
 * The 4-year total of an offer, in cents, as a function of the growth
 * (undefined = its own): {@link summarizeOffer}'s figure, as its cash part,
 * worked out once here, plus its equity at each growth asked — so a search
 * over the growth projects only the stock at each step.
 */
function fourYearTotalAt(offer: CompOffer): (growth?: number) => number {
  const cash = summaryCashCents(offer);
  return (growth) => cash + summaryEquityCents(offer, growth);
}

/** The 4-year total of an offer, in cents, at its own growth. */
function fourYearTotal(offer: CompOffer): number {
  return fourYearTotalAt(offer)();
}

/** Rounds minor units to whole units of the currency (cents → whole dollars). */
function wholeUnits(cents: number, currency: string): number {
  const scale = 10 ** currencyMinorDigits(currency);
  return roundHalfAwayFromZero(cents / scale) * scale;
}

export type Crossover =
  /** The leader is ahead in cumulative cash at every month 1…48. */
  | { kind: 'always-ahead' }
  /** The leader is ahead from `month` through month 48, and not in month − 1. */
  | { kind: 'overtakes'; month: number }
  /** The leader by 4-year total is not ahead in cash by month 48 (growth with mid-year vests). */
  | { kind: 'not-by-cash' };

/**
 * The month from which `leader` stays ahead of `other` in cumulative cash
 * received ({@link cumulativePay}, each at its own stock growth, months
 * 1…48): the month after the last month in which the leader has been paid no
 * more than the other. "Ahead" means strictly more cents.
 */
export function crossoverMonth(leader: CompOffer, other: CompOffer): Crossover {
  const a = cumulativePay(leader, { months: CASH_FLOW_MONTHS });
  const b = cumulativePay(other, { months: CASH_FLOW_MONTHS });
  let lastNotAhead = 0;
  for (let i = 0; i < CASH_FLOW_MONTHS; i++) {
    if ((a[i]?.cumulative ?? 0) <= (b[i]?.cumulative ?? 0)) lastNotAhead = i + 1;
  }
  if (lastNotAhead === 0) return { kind: 'always-ahead' };
  if (lastNotAhead === CASH_FLOW_MONTHS) return { kind: 'not-by-cash' };
  return { kind: 'overtakes', month: lastNotAhead + 1 };
}

/**
 * The growth g in [lo, hi] where a non-decreasing-then-crossing gap
 * `gap(g)` (cents) first reaches 0, found by bisection: `gap(lo) > 0` and
 * `gap(hi) <= 0` must hold. 60 halvings of a 150-point range leave an
 * interval far below 0.0001 points, well inside the displayed 0.1%. Returns
 * the upper end, where the gap is already closed.
 */
function bisectGrowth(gap: (g: number) => number, lo: number, hi: number): number {
  let low = lo;
  let high = hi;
  for (let i = 0; i < 60 && high - low > 1e-9; i++) {
    const mid = (low + high) / 2;
    if (gap(mid) > 0) low = mid;
    else high = mid;
  }
  return high;
}

/**
 * The yearly growth of the trailing offer's stock at which its 4-year total
 * ({@link summarizeOffer}) reaches the leader's, the leader held at its own
 * assumption. Percent per year, unrounded; null when even
 * {@link GROWTH_SEARCH_MAX_PCT} does not close the gap (or the trailing offer
 * has no stock vesting in four years). The trailing total never falls as its
 * growth rises, so the root is unique and bisection finds it.
 */
export function trailingGrowthToTie(leader: CompOffer, trailing: CompOffer): number | null {
  const target = fourYearTotal(leader);
  const trailingAt = fourYearTotalAt(trailing);
  const gap = (g: number) => target - trailingAt(g);
  if (gap(GROWTH_SEARCH_MAX_PCT) > 0) return null;
  const own = trailing.stockGrowthPct ?? 0;
  // The trailing offer is behind at its own growth, so the gap is open there.
  const lo = Math.min(own, GROWTH_SEARCH_MIN_PCT);
  if (gap(lo) <= 0) return lo;
  return bisectGrowth(gap, lo, GROWTH_SEARCH_MAX_PCT);
}

/**
 * The yearly growth of the leader's stock at or below which the trailing
 * offer (held at its own assumption) catches up: used when only the leader
 * has stock. Percent per year, unrounded; null when even a fall of
 * {@link GROWTH_SEARCH_MIN_PCT} a year leaves the leader ahead.
 */
export function leaderGrowthToTie(leader: CompOffer, trailing: CompOffer): number | null {
  const target = fourYearTotal(trailing);
  // Mirror the axis so the shared bisection searches a closing gap upward.
  const leaderAt = fourYearTotalAt(leader);
  const gap = (minusG: number) => leaderAt(-minusG) - target;
  const own = leader.stockGrowthPct ?? 0;
  if (gap(-GROWTH_SEARCH_MIN_PCT) > 0) return null;
  const lo = Math.min(-own, -GROWTH_SEARCH_MAX_PCT);
  return -bisectGrowth(gap, lo, -GROWTH_SEARCH_MIN_PCT);
}

/** Where a common growth flips the ranking of two offers in the same company. */
export type CommonFlip = {
  /** The lowest growth above the reference at which the other offer catches up, percent. */
  up: number | null;
  /** The highest growth below the reference at which the other offer catches up, percent. */
  down: number | null;
};

/**
 * For two offers whose stock is the same company's, the common yearly growth
 * (applied to both) nearest to `referencePct` on either side at which the
 * other offer's 4-year total reaches the leader's. Scans the searched range
 * in 1-point steps for a closing gap, then bisects that step; the gap is a
 * polynomial of degree 4 in the growth factor, so a step that small cannot
 * hide a root pair in practice. Percent per year, unrounded.
 */
export function commonGrowthFlip(
  leader: CompOffer,
  other: CompOffer,
  referencePct: number,
): CommonFlip {
  const leaderAt = fourYearTotalAt(leader);
  const otherAt = fourYearTotalAt(other);
  const gap = (g: number) => leaderAt(g) - otherAt(g);
  const ref = Math.min(GROWTH_SEARCH_MAX_PCT, Math.max(GROWTH_SEARCH_MIN_PCT, referencePct));
  const step = 1;
  // Each step's far end is the next step's near end: its gap is carried over, not projected again.
  const atRef = gap(ref);
  let up: number | null = null;
  let here = atRef;
  for (let g = ref; g < GROWTH_SEARCH_MAX_PCT; g += step) {
    const next = Math.min(GROWTH_SEARCH_MAX_PCT, g + step);
    const there = gap(next);
    if (here > 0 && there <= 0) {
      up = bisectGrowth(gap, g, next);
      break;
    }
    here = there;
  }
  let down: number | null = null;
  here = atRef;
  for (let g = ref; g > GROWTH_SEARCH_MIN_PCT; g -= step) {
    const next = Math.max(GROWTH_SEARCH_MIN_PCT, g - step);
    const there = gap(next);
    if (here > 0 && there <= 0) {
      down = -bisectGrowth((m) => gap(-m), -g, -next);
      break;
    }
    here = there;
  }
  return { up, down };
}

/**
 * Percent of the grant that vests in the first half of the vesting period
 * (months 1 … 6 × vesting years, from {@link vestEvents}). Amazon's
 * 5/15/40/40 → 20; an even 25% a year with a cliff → 50. Null when the
 * schedule vests nothing.
 */
export function frontLoadedPct(offer: Pick<CompOffer, 'vesting'>): number | null {
  const years = vestingYears(offer.vesting);
  if (years === 0) return null;
  const half = years * 6;
  let early = 0;
  let all = 0;
  for (const e of vestEvents(offer.vesting)) {
    all += e.pct;
    if (e.month <= half) early += e.pct;
  }
  return all > 0 ? (early / all) * 100 : null;
}

/** The month of an offer's first vest, or null when nothing vests. */
export function firstVestMonth(offer: Pick<CompOffer, 'vesting'>): number | null {
  return vestEvents(offer.vesting)[0]?.month ?? null;
}

/** A drop in yearly pay when the sign-on ends or shrinks: year `year` → `year + 1`, cents. */
export type PayDrop = { year: number; from: number; to: number; signOnEnds: boolean };

/**
 * The first year-to-next-year fall of an offer's total pay (yearly view, its
 * own stock growth, years 1…4) that comes with a smaller sign-on in the later
 * year; null when none. The worked example's PM: year 2 $211,000 → year 3
 * $206,000.
 */
export function payDropAfterSignOn(offer: CompOffer): PayDrop | null {
  const rows = summarizeOffer(offer).rows;
  for (let i = 0; i + 1 < rows.length; i++) {
    const a = rows[i];
    const b = rows[i + 1];
    if (!a || !b) continue;
    if (a.signOn > b.signOn && b.total < a.total) {
      return { year: a.year, from: a.total, to: b.total, signOnEnds: b.signOn === 0 };
    }
  }
  return null;
}

/** Whether two offers' grants are in the same company's stock (names compared loosely). */
export function sameCompanyStock(a: ChangeOffer, b: ChangeOffer): boolean {
  const x = a.company.trim().toLowerCase();
  return x !== '' && x === b.company.trim().toLowerCase();
}

/** Whether an offer has stock vesting within the four summarised years. */
function hasStockInSummary(offer: CompOffer): boolean {
  if (offer.rsuGrantValue <= 0) return false;
  return offer.vesting.yearPct.slice(0, SUMMARY_YEARS).some((p) => p > 0);
}

export type WhatCouldChangeOptions = {
  locale?: string;
  /**
   * The currency to compare in (the baseline's, so these lines and the
   * verdict agree); default: the first complete offer's.
   */
  currency?: string;
};

/**
 * The sentences for a set of offers. Complete offers ({@link isCompleteOffer})
 * in `opts.currency` (default: the first complete offer's) are compared: with two, one
 * against the other; with three or more, each against the leader (the highest
 * 4-year total; the first listed wins a tie). Offers in another currency are
 * named in a `left-out` line. Fewer than two comparable offers → no lines.
 *
 * Per pair: a tie line ("dead even over 4 years") or a crossover line, then a
 * stock line, then front-loading and cliff lines when they differ. After the
 * pairs, one pay-drop line per offer whose pay falls when its sign-on ends.
 */
export function whatCouldChange(
  offers: readonly ChangeOffer[],
  opts: WhatCouldChangeOptions = {},
): ChangeLine[] {
  const complete = offers.filter(isCompleteOffer);
  const wanted = opts.currency ?? complete[0]?.currency;
  const compared = complete.filter((o) => o.currency === wanted);
  const leftOut = complete.filter((o) => o.currency !== wanted);
  const first = compared[0];
  if (!first || compared.length < 2) return [];
  const currency = first.currency;

  const money = (cents: number) => formatMoney(wholeUnits(cents, currency), currency, opts.locale);
  // One formatter per call: building an Intl.NumberFormat costs far more than using one, and the
  // growth search formats hundreds of percents with six offers.
  const percentFormat = new Intl.NumberFormat(opts.locale, { maximumFractionDigits: 1 });
  const pct = (value: number) => `${percentFormat.format(Math.abs(value))}%`;
  const growthWords = (g: number) => (g < 0 ? `a fall of ${pct(g)} a year` : `${pct(g)} a year`);

  const totals = new Map(compared.map((o) => [o.id, fourYearTotal(o)]));
  const total = (o: ChangeOffer) => totals.get(o.id) ?? 0;
  let leader = first;
  for (const o of compared) if (total(o) > total(leader)) leader = o;

  const lines: ChangeLine[] = [];
  for (const other of compared) {
    if (other === leader) continue;
    lines.push(...pairLines(leader, other));
  }
  for (const o of compared) {
    const drop = payDropAfterSignOn(o);
    if (!drop) continue;
    lines.push({
      key: `pay-drop:${o.id}`,
      kind: 'pay-drop',
      text: `${o.name}’s pay falls from ${money(drop.from)} in year ${drop.year} to ${money(drop.to)} in year ${drop.year + 1}, ${money(drop.from - drop.to)} less, ${drop.signOnEnds ? 'once its sign-on ends' : 'as its sign-on gets smaller'} (its stock at its own ${growthWords(o.stockGrowthPct ?? 0)}).`,
    });
  }
  if (leftOut.length > 0) {
    lines.push({
      key: 'left-out',
      kind: 'left-out',
      text: `${leftOut.map((o) => o.name).join(', ')} ${leftOut.length === 1 ? 'is' : 'are'} paid in another currency than ${currency}, so ${leftOut.length === 1 ? 'it is' : 'they are'} left out of these lines.`,
    });
  }
  return lines;

  function pairLines(lead: ChangeOffer, other: ChangeOffer): ChangeLine[] {
    const out: ChangeLine[] = [];
    // Keyed by the offer set against the leader (each appears once), not the pair: when the
    // lead changes hands the other offers' lines keep their keys, and a list updates in place.
    const key = (kind: string) => `${kind}:${other.id}`;
    const diff = wholeUnits(total(lead) - total(other), currency);
    const ownGrowth = 'stock at each offer’s own growth assumption';
    if (diff === 0) {
      out.push({
        key: key('tie'),
        kind: 'tie',
        text: `${lead.name} and ${other.name} are dead even over 4 years (${ownGrowth}).`,
      });
    } else {
      const cross = crossoverMonth(lead, other);
      const ends = `ends ${money(diff)} ahead over 4 years`;
      let text: string;
      if (cross.kind === 'always-ahead') {
        text = `${lead.name} stays ahead of ${other.name} every month and ${ends} (cash as paid month by month, ${ownGrowth}).`;
      } else if (cross.kind === 'overtakes') {
        text = `${lead.name} pulls ahead of ${other.name} for good in month ${cross.month} and ${ends}; until then ${other.name} has been paid as much or more (cash as paid month by month, ${ownGrowth}).`;
      } else {
        text = `${lead.name} ${ends} in the yearly totals, which value its mid-year vests at year-end prices; in cash paid through month ${CASH_FLOW_MONTHS}, ${other.name} is not behind (${ownGrowth}).`;
      }
      out.push({ key: key('crossover'), kind: 'crossover', text });
      out.push({ key: key('stock'), kind: 'stock', text: stockSentence(lead, other) });
    }
    out.push(...vestingLines(lead, other, key));
    return out;
  }

  function stockSentence(lead: ChangeOffer, other: ChangeOffer): string {
    const leadStock = hasStockInSummary(lead);
    const otherStock = hasStockInSummary(other);
    const range = `between a fall of ${pct(GROWTH_SEARCH_MIN_PCT)} and a rise of ${pct(GROWTH_SEARCH_MAX_PCT)} a year`;
    if (!leadStock && !otherStock) {
      return `Stock cannot flip it — the gap between ${lead.name} and ${other.name} is cash (neither has stock vesting in 4 years; pay as entered).`;
    }
    if (sameCompanyStock(lead, other)) {
      const company = lead.company.trim();
      const ref = lead.stockGrowthPct ?? 0;
      const flip = commonGrowthFlip(lead, other, ref);
      const held = `both grants in ${company} stock growing alike; cash pay as entered`;
      if (flip.up === null && flip.down === null) {
        return `No common ${company} stock growth ${range} flips it: ${lead.name} stays ahead of ${other.name} (${held}).`;
      }
      const parts: string[] = [];
      if (flip.up !== null) parts.push(`grows at least ${pct(flip.up)} a year`);
      if (flip.down !== null) {
        parts.push(
          flip.down < 0
            ? `falls ${pct(flip.down)} a year or more`
            : `grows ${pct(flip.down)} a year or less`,
        );
      }
      return `${lead.name} leads ${other.name} unless ${company} stock ${parts.join(' or ')} (${held}).`;
    }
    const leadHeld = `${lead.name}’s stock held at its own ${growthWords(lead.stockGrowthPct ?? 0)}`;
    if (otherStock) {
      const g = trailingGrowthToTie(lead, other);
      if (g === null) {
        return `No growth of ${other.name}’s stock up to ${pct(GROWTH_SEARCH_MAX_PCT)} a year flips it: ${lead.name} stays ahead (${leadHeld}; cash pay as entered).`;
      }
      const need =
        g < 0 ? `falls by no more than ${pct(g)} a year` : `grows at least ${pct(g)} a year`;
      return `${lead.name} leads unless ${other.name}’s stock ${need} (${leadHeld}; cash pay as entered).`;
    }
    const otherHeld = `${other.name} has no stock vesting in 4 years; cash pay as entered`;
    const g = leaderGrowthToTie(lead, other);
    if (g === null) {
      return `Stock cannot flip it — the gap is cash: ${lead.name} stays ahead of ${other.name} even if its stock falls ${pct(GROWTH_SEARCH_MIN_PCT)} a year (${otherHeld}).`;
    }
    const fall = g < 0 ? `falls ${pct(g)} a year or more` : `grows ${pct(g)} a year or less`;
    return `${lead.name} leads ${other.name} unless its own stock ${fall} (${otherHeld}).`;
  }

  function vestingLines(
    a: ChangeOffer,
    b: ChangeOffer,
    key: (kind: string) => string,
  ): ChangeLine[] {
    if (!hasStockInSummary(a) || !hasStockInSummary(b)) return [];
    const out: ChangeLine[] = [];
    const fa = frontLoadedPct(a);
    const fb = frontLoadedPct(b);
    if (fa !== null && fb !== null && Math.abs(fa - fb) >= FRONT_LOAD_THRESHOLD_POINTS) {
      const [front, back, ff, fbk] = fa > fb ? [a, b, fa, fb] : [b, a, fb, fa];
      out.push({
        key: key('front-loaded'),
        kind: 'front-loaded',
        text: `${front.name}’s stock is front-loaded: ${pct(ff)} of its grant vests in the first half of its schedule, against ${pct(fbk)} for ${back.name} (vesting schedules as entered).`,
      });
    }
    const ma = firstVestMonth(a);
    const mb = firstVestMonth(b);
    if (ma !== null && mb !== null && ma !== mb) {
      const [late, early, ml, me] = ma > mb ? [a, b, ma, mb] : [b, a, mb, ma];
      const cliff = ml === 12 ? ' (a one-year cliff)' : '';
      out.push({
        key: key('cliff'),
        kind: 'cliff',
        text: `${late.name} vests no stock before month ${ml}${cliff}, while ${early.name}’s first shares vest in month ${me} (vesting schedules as entered).`,
      });
    }
    return out;
  }
}
