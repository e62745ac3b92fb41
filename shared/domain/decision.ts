/**
 * The decision matrix: ranks offers by a weighted score over the user's
 * factors (pay, role fit, and factors the user scores by hand), and works out
 * how much more the runner-up would have to pay to draw level — and how much
 * pay the leader could lose and still lead.
 *
 * Owns the scoring rules (exported as text so the UI shows the rule it
 * uses), the pay scale (P % of pay per point, default 2) and the break-even
 * solves. Must not convert currencies, compute pay or
 * fit itself (callers pass average annual pay in one currency and fit scores),
 * read the clock, or touch storage. Scores here are not rounded: format them
 * for display.
 */
import type { Decision, DecisionFactor } from '../schemas/records';
import { DEFAULT_PAY_POINT_PCT } from './decisionDefaults';

export { DEFAULT_PAY_POINT_PCT };

/** A percentage for the rules text: up to two decimals, no trailing zeros (2, 1.5, 2.25). */
const pct = (p: number): string => String(Math.round(p * 100) / 100);

/**
 * The pay rule in the words shown to users, for a scale of `payPointPct` %
 * per point (> 0).
 */
export const payScoreRule = (payPointPct: number): string =>
  payPointPct >= 10
    ? `Pay score: the best-paid offer scores 10, and every other offer loses 1 point for each ${pct(payPointPct)}% its average annual pay is below the best.`
    : `Pay score: the best-paid offer scores 10, and every other offer loses 1 point for each ${pct(payPointPct)}% its average annual pay is below the best, so an offer ${pct(10 * payPointPct)}% or more below scores 0.`;

/** The rules behind each factor's 0–10 score, in the words shown to users. */
export const DECISION_RULES = {
  fit: "Fit score = the role-fit score (0–100) of the offer's role ÷ 10, not rounded (67.5 gives 6.75). An offer for a role outside the template has no fit score.",
  manual: 'Your own score from 0 to 10.',
  weighted:
    'Weighted score = Σ (weight × score) ÷ Σ weight, over the factors that have a score for the offer.',
} as const;

/** Every rule, pay first, for a given pay scale: what the Summary and the PDF list. */
export const decisionRules = (payPointPct: number): string[] => [
  payScoreRule(payPointPct),
  DECISION_RULES.fit,
  DECISION_RULES.manual,
  DECISION_RULES.weighted,
];

export type DecisionOfferInput = {
  offerId: string;
  /** Average annual pay in cents, already converted to the workbook's one currency. */
  avgAnnualPay: number;
  /** Role-fit score 0..100 of the offer's role, or null (role `other`, or not scored). */
  fitScore: number | null;
};

export type DecisionInput = {
  factors: readonly DecisionFactor[];
  /** `scores[factorId][offerId]` = 0–10 for manual factors, as stored in {@link Decision}. */
  scores: Decision['scores'];
  offers: readonly DecisionOfferInput[];
  /** Percent of pay below the best that costs one pay point (> 0); defaults to {@link DEFAULT_PAY_POINT_PCT}. */
  payPointPct?: number;
};

export type FactorContribution = {
  factorId: string;
  kind: DecisionFactor['kind'];
  weight: number;
  /** The factor's 0–10 score for this offer, or null when it has none. */
  score: number | null;
  /** weight × score ÷ Σ weight; the contributions add up to the weighted score. */
  contribution: number;
};

export type RankedOffer = {
  offerId: string;
  /** 1 = best; tied offers share a rank; offers with no score come last. */
  rank: number;
  /** 0..10, or null when no factor with weight > 0 has a score for this offer. */
  weightedScore: number | null;
  /** One entry per factor, in factor order. */
  contributions: FactorContribution[];
  /** Ids of weighted factors with no score for this offer (left out of its mean). */
  missing: string[];
};

export type Ranking = {
  /** Best first. */
  offers: RankedOffer[];
  /** The highest average annual pay (cents) used to normalise pay. */
  maxPay: number;
};

const TIE = 1e-9;

/**
 * Pay score 0..10: 10 − gap% ÷ P, floored at 0, where gap% is how far `pay`
 * sits below `maxPay` in percent of `maxPay`. Everyone scores 0 when nobody is paid.
 */
const payScore = (pay: number, maxPay: number, p: number): number => {
  if (maxPay <= 0) return 0;
  const gapPct = ((maxPay - pay) / maxPay) * 100;
  return Math.min(10, Math.max(0, 10 - gapPct / p));
};

const pointOf = (input: DecisionInput): number => {
  const p = input.payPointPct ?? DEFAULT_PAY_POINT_PCT;
  return Number.isFinite(p) && p > 0 ? p : DEFAULT_PAY_POINT_PCT;
};

/** The factor's 0–10 score for an offer, given the max pay in force. */
const factorScore = (
  f: DecisionFactor,
  offer: DecisionOfferInput,
  scores: Decision['scores'],
  maxPay: number,
  p: number,
): number | null => {
  switch (f.kind) {
    case 'pay':
      return payScore(offer.avgAnnualPay, maxPay, p);
    case 'fit':
      return offer.fitScore === null ? null : offer.fitScore / 10;
    case 'manual': {
      const s = scores[f.id]?.[offer.offerId];
      return typeof s === 'number' ? s : null;
    }
  }
};

/** An offer's score split into its pay part and the rest: S = (rest + payWeight × pay) / weight. */
type Parts = { rest: number; restWeight: number; payWeight: number };

const partsOf = (input: DecisionInput, offer: DecisionOfferInput): Parts => {
  let rest = 0;
  let restWeight = 0;
  let payWeight = 0;
  for (const f of input.factors) {
    if (f.weight <= 0) continue;
    if (f.kind === 'pay') {
      payWeight += f.weight;
      continue;
    }
    const s = factorScore(f, offer, input.scores, 0, DEFAULT_PAY_POINT_PCT);
    if (s === null) continue;
    rest += f.weight * s;
    restWeight += f.weight;
  }
  return { rest, restWeight, payWeight };
};

const maxPayOf = (offers: readonly DecisionOfferInput[]): number =>
  offers.reduce((m, o) => Math.max(m, o.avgAnnualPay), 0);

/**
 * Score every offer on the factors and rank them.
 *
 * Each factor gives a 0–10 score per offer ({@link DECISION_RULES}); the
 * weighted score is Σ w·s / Σ w over the factors with weight > 0 that have a
 * score for that offer (a missing fit or manual score is left out, not
 * counted as 0, and listed in `missing`). When every offer pays 0, every pay
 * score is 0. Invariants: weighted scores lie in 0..10; an offer's
 * contributions add up to its weighted score.
 */
export const rankOffers = (input: DecisionInput): Ranking => {
  const maxPay = maxPayOf(input.offers);
  const p = pointOf(input);
  const scored = input.offers.map((offer) => {
    const raw = input.factors.map((f) => ({
      f,
      score: factorScore(f, offer, input.scores, maxPay, p),
    }));
    const total = raw.reduce(
      (s, r) => s + (r.score !== null && r.f.weight > 0 ? r.f.weight : 0),
      0,
    );
    const contributions: FactorContribution[] = raw.map(({ f, score }) => ({
      factorId: f.id,
      kind: f.kind,
      weight: f.weight,
      score,
      contribution: score !== null && total > 0 && f.weight > 0 ? (f.weight * score) / total : 0,
    }));
    return {
      offerId: offer.offerId,
      weightedScore: total > 0 ? contributions.reduce((s, c) => s + c.contribution, 0) : null,
      contributions,
      missing: raw.filter((r) => r.score === null && r.f.weight > 0).map((r) => r.f.id),
    };
  });
  const order = [...scored].sort((a, b) => {
    if (a.weightedScore === null || b.weightedScore === null) {
      return (a.weightedScore === null ? 1 : 0) - (b.weightedScore === null ? 1 : 0);
    }
    return Math.abs(a.weightedScore - b.weightedScore) <= TIE
      ? 0
      : b.weightedScore - a.weightedScore;
  });
  const offers: RankedOffer[] = [];
  for (const [i, o] of order.entries()) {
    const prev = offers[i - 1];
    const tied =
      prev !== undefined &&
      (prev.weightedScore === null
        ? o.weightedScore === null
        : o.weightedScore !== null && Math.abs(prev.weightedScore - o.weightedScore) <= TIE);
    offers.push({ ...o, rank: tied && prev ? prev.rank : i + 1 });
  }
  return { offers, maxPay };
};

export type BreakEven =
  | {
      kind: 'amount';
      /** Extra average annual pay for the runner-up, cents, rounded up to a whole dollar (≥ 100). */
      cents: number;
      runnerUpId: string;
      leaderId: string;
    }
  | { kind: 'already-leading' }
  | { kind: 'unreachable'; reason: string };

/** Rounds extra pay in cents up to a whole dollar (at least $1), ignoring float noise. */
const upToDollar = (extra: number): number => {
  // The slack keeps float noise from adding a dollar when the answer is a whole
  // number of dollars. It is relative: the noise grows with the amount
  // (e.g. 180,000,000.00001 cents for exactly $1,800,000).
  const slack = Math.max(1e-6, extra * 1e-12);
  return Math.max(1, Math.ceil((Math.max(0, extra) - slack) / 100)) * 100;
};

/**
 * The pay that gives a pay score of `score` (0..10) against a best pay of
 * `best`: the inverse of {@link payScore} on its sloped part.
 */
const payForScore = (score: number, best: number, p: number): number =>
  best * (1 - ((10 - score) * p) / 100);

/**
 * How much more average annual pay (cents, rounded up to a whole dollar) the
 * runner-up needs for its weighted score to equal the leader's, everything
 * else unchanged. The pay is per year, the unit the matrix's pay is in.
 *
 * Raising the runner-up's pay r can change the best pay used to score pay, so
 * the solve has two phases. While r stays at or below M (the best pay among
 * the other offers), only the runner-up's own pay score 10 − (M − r)/M·100/P
 * rises and the leader's score is fixed: solve the linear equation for the
 * pay score needed and invert it. Once r passes M, the runner-up scores 10 on
 * pay and the leader's pay score 10 − (r − ℓ)/r·100/P falls as r grows, down
 * to 0 at r = ℓ ÷ (1 − P/10): solve for the leader's pay score that ties, then
 * for r; when even a pay score of 0 leaves the leader ahead (or P ≥ 10 keeps
 * it above that need), no amount of pay flips it.
 * Returns `already-leading` when the top two are tied, and `unreachable`
 * (with a reason to show) when fewer than two offers have a score, pay
 * carries no weight, or no amount closes the gap.
 */
/** How close to a 100% gap counts as 100% (a tie only at infinite pay). */
const DROP_SLACK = 1e-9;

export const breakEven = (input: DecisionInput): BreakEven => {
  const ranking = rankOffers(input);
  const scored = ranking.offers.filter((o) => o.weightedScore !== null);
  const [leaderRank, runnerRank] = scored;
  if (!leaderRank || !runnerRank) {
    return { kind: 'unreachable', reason: 'Add a second offer with scores to compare.' };
  }
  if ((leaderRank.weightedScore ?? 0) - (runnerRank.weightedScore ?? 0) <= TIE) {
    return { kind: 'already-leading' };
  }
  const find = (id: string) => input.offers.find((o) => o.offerId === id);
  const leader = find(leaderRank.offerId);
  const runner = find(runnerRank.offerId);
  if (!leader || !runner) return { kind: 'already-leading' };

  const p = pointOf(input);
  const L = partsOf(input, leader);
  const R = partsOf(input, runner);
  const W = R.payWeight;
  if (W <= 0) {
    return {
      kind: 'unreachable',
      reason: 'Pay has no weight in the matrix, so no amount of extra pay changes the ranking.',
    };
  }
  const WL = L.restWeight + W;
  const WR = R.restWeight + W;
  const leaderPay = leader.avgAnnualPay;
  const r0 = runner.avgAnnualPay;
  const othersMax = maxPayOf(input.offers.filter((o) => o !== runner));

  let target: number | null = null;
  // Phase 1: the runner-up stays at or below the others' best pay.
  if (r0 < othersMax) {
    const leaderScore = (L.rest + W * payScore(leaderPay, othersMax, p)) / WL;
    const needed = (leaderScore * WR - R.rest) / W;
    if (needed <= 10) target = payForScore(Math.max(0, needed), othersMax, p);
  }
  // Phase 2: the runner-up is the top payer, scoring 10 on pay.
  if (target === null) {
    const runnerTop = (R.rest + 10 * W) / WR;
    const leaderNeeds = (runnerTop * WL - L.rest) / W;
    const drop = ((10 - Math.max(0, leaderNeeds)) * p) / 100;
    // A drop of 100% (or within float noise of it) is reached only at infinite pay, so no
    // amount draws level: (10 − 3.33…) × 15 / 100 computes as 0.9999999999999999.
    if (leaderNeeds < -TIE || drop >= 1 - DROP_SLACK) {
      return {
        kind: 'unreachable',
        reason:
          'Even with the top pay score of 10, the runner-up would still trail the leader: the gap on the other factors is bigger than pay can close.',
      };
    }
    target = Math.max(leaderPay / (1 - drop), othersMax);
  }
  return {
    kind: 'amount',
    cents: upToDollar(target - r0),
    runnerUpId: runner.offerId,
    leaderId: leader.offerId,
  };
};

export type LeadCushion =
  | {
      kind: 'amount';
      /** Average annual pay the leader could lose and still lead, cents, rounded down to a whole dollar (≥ 0). */
      cents: number;
      leaderId: string;
    }
  /** The leader stays ahead even if its pay fell to nothing. */
  | { kind: 'any'; leaderId: string }
  /** No single leader: fewer than two scored offers, or the top two are tied. */
  | { kind: 'none' };

/**
 * The other way round from {@link breakEven}: how much average annual pay
 * (cents, rounded down to a whole dollar) the leader could lose and still
 * lead every other offer, everything else unchanged.
 *
 * The leader's lead over the best of the others never grows as its pay falls
 * (its own pay score can only fall; the others' can only rise as the best pay
 * drops), so the answer is the largest whole-dollar cut that leaves it
 * strictly ahead, found by bisection over whole dollars with {@link rankOffers}
 * as the judge — every offer counts, not only the runner-up.
 */
export const leadCushion = (input: DecisionInput): LeadCushion => {
  const ranking = rankOffers(input);
  const scored = ranking.offers.filter((o) => o.weightedScore !== null);
  const [first, second] = scored;
  if (!first || !second || (first.weightedScore ?? 0) - (second.weightedScore ?? 0) <= TIE) {
    return { kind: 'none' };
  }
  const leaderId = first.offerId;
  const leader = input.offers.find((o) => o.offerId === leaderId);
  if (!leader) return { kind: 'none' };
  const leadsAfterCut = (cutDollars: number): boolean => {
    const cut = {
      ...input,
      offers: input.offers.map((o) =>
        o.offerId === leaderId
          ? { ...o, avgAnnualPay: Math.max(0, o.avgAnnualPay - cutDollars * 100) }
          : o,
      ),
    };
    const [top, next] = rankOffers(cut).offers;
    return (
      top?.offerId === leaderId &&
      (next?.weightedScore === null ||
        next === undefined ||
        (top.weightedScore ?? 0) - (next.weightedScore ?? 0) > TIE)
    );
  };
  const all = Math.ceil(leader.avgAnnualPay / 100);
  if (leadsAfterCut(all)) return { kind: 'any', leaderId };
  // Invariant: leads after cutting lo dollars, not after cutting hi.
  let lo = 0;
  let hi = all;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (leadsAfterCut(mid)) lo = mid;
    else hi = mid;
  }
  return { kind: 'amount', cents: lo * 100, leaderId };
};
