/**
 * The decision matrix: ranks offers by a weighted score over the user's
 * factors (pay, role fit, and factors the user scores by hand), and works out
 * how much more the runner-up would have to pay to draw level.
 *
 * Owns the normalisation rules (exported as text so the UI shows the rule it
 * uses) and the break-even solve. Must not convert currencies, compute pay or
 * fit itself (callers pass average annual pay in one currency and fit scores),
 * read the clock, or touch storage. Scores here are not rounded: format them
 * for display.
 */
import type { Decision, DecisionFactor } from '../schemas/records';

/** The rules behind each factor's 0–10 score, in the words shown to users. */
export const DECISION_RULES = {
  pay: "Pay score = 10 × the offer's average annual pay ÷ the highest average annual pay among the offers compared, so the best-paid offer scores 10.",
  fit: "Fit score = the role-fit score (0–100) of the offer's role ÷ 10. An offer for a role outside the template has no fit score.",
  manual: 'Your own score from 0 to 10.',
  weighted:
    'Weighted score = Σ (weight × score) ÷ Σ weight, over the factors that have a score for the offer.',
} as const;

/** The pay rule on its own, for the pay column's hint. */
export const PAY_SCORE_RULE = DECISION_RULES.pay;

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

const payScore = (pay: number, maxPay: number): number => (maxPay > 0 ? (10 * pay) / maxPay : 0);

/** The factor's 0–10 score for an offer, given the max pay in force. */
const factorScore = (
  f: DecisionFactor,
  offer: DecisionOfferInput,
  scores: Decision['scores'],
  maxPay: number,
): number | null => {
  switch (f.kind) {
    case 'pay':
      return payScore(offer.avgAnnualPay, maxPay);
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
    const s = factorScore(f, offer, input.scores, 0);
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
  const scored = input.offers.map((offer) => {
    const raw = input.factors.map((f) => ({
      f,
      score: factorScore(f, offer, input.scores, maxPay),
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

/**
 * How much more average annual pay (cents, rounded up to a whole dollar) the
 * runner-up needs for its weighted score to equal the leader's, everything
 * else unchanged.
 *
 * Raising the runner-up's pay can change the max pay used to normalise pay,
 * so the solve is piecewise. While its pay r stays at or below M (the highest
 * pay among the other offers), only its own pay score 10·r/M rises and the
 * leader's score is fixed: solve the linear equation. Once r passes M, its pay
 * score is capped at 10 and every other offer's pay score falls to 10·p/r, so
 * the leader's score (rest + P·10ℓ/r)/W decreases toward rest/W: solve for r,
 * or report it unreachable when even r → ∞ leaves the leader ahead.
 * Returns `already-leading` when the top two are tied, and `unreachable`
 * (with a reason to show) when fewer than two offers have a score, pay
 * carries no weight, or no amount closes the gap.
 */
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

  const L = partsOf(input, leader);
  const R = partsOf(input, runner);
  const P = R.payWeight;
  if (P <= 0) {
    return {
      kind: 'unreachable',
      reason: 'Pay has no weight in the matrix, so no amount of extra pay changes the ranking.',
    };
  }
  const WL = L.restWeight + P;
  const WR = R.restWeight + P;
  const leaderPay = leader.avgAnnualPay;
  const r0 = runner.avgAnnualPay;
  const othersMax = maxPayOf(input.offers.filter((o) => o !== runner));

  let target: number | null = null;
  // Phase 1: the runner-up stays at or below the others' max pay.
  if (r0 < othersMax) {
    const leaderScore = (L.rest + P * payScore(leaderPay, othersMax)) / WL;
    const r = ((leaderScore * WR - R.rest) * othersMax) / (10 * P);
    if (r <= othersMax) target = r;
  }
  // Phase 2: the runner-up is the top payer, scoring 10 on pay.
  if (target === null) {
    const runnerTop = (R.rest + 10 * P) / WR;
    const room = runnerTop * WL - L.rest;
    if (room <= TIE) {
      return {
        kind: 'unreachable',
        reason:
          'Even with the top pay score of 10, the runner-up would still trail the leader: the gap on the other factors is bigger than pay can close.',
      };
    }
    target = Math.max((10 * P * leaderPay) / room, othersMax);
  }
  const extra = Math.max(0, target - r0);
  // The slack keeps float noise from adding a dollar when the answer is a whole
  // number of dollars. It is relative: the noise grows with the amount
  // (e.g. 180,000,000.00001 cents for exactly $1,800,000).
  const slack = Math.max(1e-6, extra * 1e-12);
  const dollars = Math.max(1, Math.ceil((extra - slack) / 100));
  return {
    kind: 'amount',
    cents: dollars * 100,
    runnerUpId: runner.offerId,
    leaderId: leader.offerId,
  };
};
