/**
 * The verdict: who pays more over four years and by how much, in data and in
 * plain words, from the same comp engine the pay table uses.
 *
 * Owns: which offers enter the verdict (complete ones whose pay can be put in
 * the baseline's currency), their order, the differences a person reads, and
 * the wording of the verdict and role-fit lean sentences. Must not compute pay
 * (comp.ts does), score role fit (fit.ts does), read the clock or the locale
 * (callers pass it), or touch storage.
 *
 * Amounts are integer minor units (cents) of the verdict's currency, the
 * baseline offer's; percents are plain numbers (7.08 = 7.08%), unrounded.
 */
import type { VerdictBasis } from '../schemas/tax';
import { type CompOffer, SUMMARY_YEARS, summarizeOffer } from './comp';
import { BALANCED, type RoleFitResult } from './fit';
import { convertMinorUnits, formatWholeMoney, roundHalfAwayFromZero } from './money';
import { householdOf, type OfferTaxInput, offerTakeHomeRemembered } from './offerTakeHome';
import type { Household } from './takeHome';
import { BUNDLED_TAX_TABLES, type TaxTables } from './tax';

/** An offer as the verdict reads it. */
export type VerdictOffer = CompOffer &
  Omit<OfferTaxInput, 'currency'> & {
    id: string;
    name: string;
    currency: string;
    roleId?: string;
  };

export type VerdictOptions = {
  /** Units of the baseline currency per unit of each other currency (the workbook's fxRates). */
  fxRates?: Readonly<Record<string, number>>;
  /** Overrides every offer's own stock growth, percent per year. */
  stockGrowthPct?: number;
  /** Which pay is ranked: `gross` (the default) or the take-home estimate. */
  basis?: VerdictBasis;
  /** For the take-home basis: the household (default single, no other income). */
  household?: Household;
  /** For the take-home basis: the tax tables (default the bundled ones). */
  tables?: TaxTables;
};

/** One offer in the verdict, its money in the verdict's currency. */
export type VerdictEntry = {
  offerId: string;
  name: string;
  roleId: string | null;
  /** 1 = pays the most over four years; equal totals share a rank. */
  rank: number;
  /** The four-year total on the verdict's basis (gross or take-home), minor units of its currency. */
  fourYearTotal: number;
  /** fourYearTotal / 4, rounded half away from zero. */
  averageAnnual: number;
  /** The top total minus this one (≥ 0). */
  belowTop: number;
  /** This total minus the baseline's; null when the baseline is not in the verdict. */
  vsBaseline: number | null;
  isBaseline: boolean;
};

/** Why an offer is not in the verdict. */
export type LeftOut = {
  offerId: string;
  name: string;
  /** `no-take-home`: the take-home basis, and the offer has no estimate (no region or rate). */
  reason: 'incomplete' | 'no-exchange-rate' | 'no-take-home';
};

export type Verdict =
  | {
      /** Fewer than two offers can be compared. */
      kind: 'none';
      basis: VerdictBasis;
      currency: string | null;
      entries: VerdictEntry[];
      leftOut: LeftOut[];
    }
  | {
      kind: 'two';
      basis: VerdictBasis;
      currency: string;
      /** Both offers, the higher four-year total first (the given order when equal). */
      entries: [VerdictEntry, VerdictEntry];
      /** Higher total − lower total, minor units (0 for a tie). */
      differenceTotal: number;
      /** differenceTotal / 4, rounded half away from zero. */
      differencePerYear: number;
      /** differenceTotal / higher total × 100: how far below the lower offer is; null if the top is 0. */
      pctBelow: number | null;
      leftOut: LeftOut[];
    }
  | {
      /** Three or more offers, ranked by four-year total. */
      kind: 'ranking';
      basis: VerdictBasis;
      currency: string;
      entries: VerdictEntry[];
      baselineId: string | null;
      leftOut: LeftOut[];
    };

/**
 * True when an offer cannot be compared yet because it has no base salary
 * (missing, zero or not a number). Incomplete offers are marked in the grid
 * and left out of the verdict, the rankings and the decision matrix.
 */
export function isIncompleteOffer(offer: { baseSalary?: number | null }): boolean {
  const base = offer.baseSalary;
  return typeof base !== 'number' || !Number.isFinite(base) || base <= 0;
}

const convert = convertMinorUnits;

/**
 * Builds the verdict for `offers` against the baseline `baselineId` (an id not
 * among the offers means no baseline).
 *
 * Each complete offer's four-year total comes from {@link summarizeOffer} and
 * is converted into the baseline's currency through `opts.fxRates` when it is
 * in another one; without a usable rate it is left out ("no-exchange-rate"),
 * never given a number. Offers failing {@link isIncompleteOffer} are left out
 * ("incomplete"). The rest are ranked by four-year total, highest first (ties
 * keep the given order and share a rank):
 *
 * - two offers → `kind: 'two'`: the difference in total, per year (÷ 4) and
 *   the lower one's percent below the higher one (difference ÷ higher × 100);
 * - three or more → `kind: 'ranking'`: each one's amount below the top and its
 *   difference from the baseline (null when the baseline was left out);
 * - fewer → `kind: 'none'`.
 *
 * The verdict's currency is the baseline's, or the first complete offer's
 * when the baseline is not among the offers.
 *
 * With `opts.basis` `take-home`, each total is the offer's 4-year take-home
 * (`offerTakeHome`: the chosen or guessed tax region, the user's rate where
 * no table exists) instead of gross pay; an offer without an estimate is
 * left out ("no-take-home") rather than ranked on another basis.
 */
export function buildVerdict(
  offers: readonly VerdictOffer[],
  baselineId: string | null,
  opts: VerdictOptions = {},
): Verdict {
  const leftOut: LeftOut[] = [];
  const complete: VerdictOffer[] = [];
  for (const offer of offers) {
    if (isIncompleteOffer(offer)) {
      leftOut.push({ offerId: offer.id, name: offer.name, reason: 'incomplete' });
    } else {
      complete.push(offer);
    }
  }
  const baseline = offers.find((o) => o.id === baselineId);
  const currency = baseline?.currency ?? complete[0]?.currency ?? null;
  const basis: VerdictBasis = opts.basis ?? 'gross';
  if (currency === null) return { kind: 'none', basis, currency: null, entries: [], leftOut };
  const household = opts.household ?? householdOf(undefined);
  const tables = opts.tables ?? BUNDLED_TAX_TABLES;

  const growth = opts.stockGrowthPct === undefined ? {} : { stockGrowthPct: opts.stockGrowthPct };
  const totals: { offer: VerdictOffer; total: number }[] = [];
  for (const offer of complete) {
    const rate = offer.currency === currency ? 1 : opts.fxRates?.[offer.currency];
    if (rate === undefined || !Number.isFinite(rate) || rate <= 0) {
      leftOut.push({ offerId: offer.id, name: offer.name, reason: 'no-exchange-rate' });
      continue;
    }
    const own =
      basis === 'gross'
        ? summarizeOffer(offer, growth).fourYearTotal
        : (offerTakeHomeRemembered(offer, household, tables, growth).summary?.total ?? null);
    if (own === null) {
      leftOut.push({ offerId: offer.id, name: offer.name, reason: 'no-take-home' });
      continue;
    }
    totals.push({ offer, total: convert(own, offer.currency, currency, rate) });
  }
  // Array.prototype.sort is stable: equal totals keep the order given.
  totals.sort((a, b) => b.total - a.total);
  const top = totals[0]?.total ?? 0;
  const baselineTotal = totals.find((t) => t.offer.id === baselineId)?.total;
  let rank = 0;
  let previous = Number.NaN;
  const entries = totals.map(({ offer, total }, index): VerdictEntry => {
    if (total !== previous) rank = index + 1;
    previous = total;
    return {
      offerId: offer.id,
      name: offer.name,
      roleId: offer.roleId ?? null,
      rank,
      fourYearTotal: total,
      averageAnnual: roundHalfAwayFromZero(total / SUMMARY_YEARS),
      belowTop: top - total,
      vsBaseline: baselineTotal === undefined ? null : total - baselineTotal,
      isBaseline: offer.id === baselineId,
    };
  });

  const [first, second] = entries;
  if (entries.length === 2 && first && second) {
    const differenceTotal = first.fourYearTotal - second.fourYearTotal;
    return {
      kind: 'two',
      basis,
      currency,
      entries: [first, second],
      differenceTotal,
      differencePerYear: roundHalfAwayFromZero(differenceTotal / SUMMARY_YEARS),
      pctBelow: first.fourYearTotal === 0 ? null : (differenceTotal / first.fourYearTotal) * 100,
      leftOut,
    };
  }
  if (entries.length >= 3) {
    return {
      kind: 'ranking',
      basis,
      currency,
      entries,
      baselineId: baselineTotal === undefined ? null : (baselineId ?? null),
      leftOut,
    };
  }
  return { kind: 'none', basis, currency, entries, leftOut };
}

/**
 * A percent with two decimals, half away from zero ("7.08%"), as the verdict
 * shows a gap. `pct` is a plain number (7.0828 = 7.0828%).
 */
export function formatVerdictPct(pct: number): string {
  return `${(roundHalfAwayFromZero(pct * 100) / 100).toFixed(2)}%`;
}

const signed = (amount: number, currency: string, locale?: string): string =>
  amount === 0
    ? 'the same as'
    : amount > 0
      ? `${formatWholeMoney(amount, currency, locale)} more than`
      : `${formatWholeMoney(-amount, currency, locale)} less than`;

/** "A", "A and B", "A, B and C". */
const listNames = (names: readonly string[]): string =>
  names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

const leftOutSentence = (leftOut: readonly LeftOut[]): string[] => {
  const incomplete = leftOut.filter((l) => l.reason === 'incomplete').map((l) => l.name);
  const noRate = leftOut.filter((l) => l.reason === 'no-exchange-rate').map((l) => l.name);
  const out: string[] = [];
  if (incomplete.length > 0) {
    out.push(
      `Not compared until ${incomplete.length === 1 ? 'it has' : 'they have'} a base salary: ${incomplete.join(', ')}.`,
    );
  }
  if (noRate.length > 0) {
    out.push(`Not compared until there is an exchange rate for: ${noRate.join(', ')}.`);
  }
  const noTakeHome = leftOut.filter((l) => l.reason === 'no-take-home').map((l) => l.name);
  if (noTakeHome.length > 0) {
    out.push(
      `Not compared after tax until ${noTakeHome.length === 1 ? 'it has' : 'they have'} a tax region or your tax rate: ${noTakeHome.join(', ')}.`,
    );
  }
  return out;
};

/**
 * The verdict in plain sentences, money in whole units of the verdict's
 * currency ({@link formatWholeMoney}) and the gap with two decimals:
 *
 * - two offers: "A pays $59,000 more over 4 years than B — $14,750 a year;
 *   B is 7.08% below." (or that they pay the same);
 * - a ranking: one sentence naming the top offer and its total (or, when two
 *   or more share the top total, that they are level there — never that one
 *   "pays the most"), then one per other offer with its amount below the top
 *   and against the baseline;
 * - fewer than two: what is missing.
 *
 * On the take-home basis the span reads "over 4 years after tax". A last
 * sentence names the offers left out and why. `locale` is passed to `Intl`
 * for the money.
 */
export function verdictSentences(verdict: Verdict, locale?: string): string[] {
  const out: string[] = [];
  const span = `${SUMMARY_YEARS} years${verdict.basis === 'take-home' ? ' after tax' : ''}`;
  if (verdict.kind === 'two') {
    const [a, b] = verdict.entries;
    const money = (x: number) => formatWholeMoney(x, verdict.currency, locale);
    if (verdict.differenceTotal === 0) {
      out.push(
        `${a.name} and ${b.name} pay the same over ${span}: ${money(a.fourYearTotal)} each.`,
      );
    } else {
      const pct =
        verdict.pctBelow === null
          ? ''
          : `; ${b.name} is ${formatVerdictPct(verdict.pctBelow)} below`;
      out.push(
        `${a.name} pays ${money(verdict.differenceTotal)} more over ${span} than ${b.name} — ${money(verdict.differencePerYear)} a year${pct}.`,
      );
    }
  } else if (verdict.kind === 'ranking') {
    const money = (x: number) => formatWholeMoney(x, verdict.currency, locale);
    const [top] = verdict.entries;
    const baseline = verdict.entries.find((e) => e.isBaseline);
    // Offers with the top total share first place: none of them "pays the most".
    const level = verdict.entries.filter((e) => e.belowTop === 0);
    const topNames = listNames(level.map((e) => e.name));
    if (top && level.length > 1) {
      const baselineLevel = level.find((e) => e.isBaseline);
      out.push(
        `${topNames} are level at the top over ${SUMMARY_YEARS} years: ${money(top.fourYearTotal)} each${baselineLevel ? ` (${baselineLevel.name} is the baseline)` : ''}.`,
      );
    } else if (top) {
      out.push(
        `${top.name} pays the most over ${span}: ${money(top.fourYearTotal)}${top.isBaseline ? ' (the baseline)' : ''}.`,
      );
    }
    for (const entry of verdict.entries.slice(1)) {
      const fromTop =
        entry.belowTop === 0
          ? `level with ${listNames(level.filter((e) => e !== entry).map((e) => e.name))}`
          : `${money(entry.belowTop)} less than ${topNames}`;
      const fromBase = entry.isBaseline
        ? ' — the baseline'
        : baseline && entry.vsBaseline !== null && baseline !== top
          ? `, ${signed(entry.vsBaseline, verdict.currency, locale)} the baseline`
          : '';
      out.push(
        `${entry.rank}. ${entry.name}: ${money(entry.fourYearTotal)}, ${fromTop}${fromBase}.`,
      );
    }
  } else if (verdict.leftOut.some((l) => l.reason === 'no-take-home')) {
    // Read after tax, the missing piece is the tax region or rate, not a base salary.
    out.push('Give the offers a tax region or your tax rate to compare take-home pay.');
  } else if (verdict.entries.length === 1) {
    out.push('Add a second offer with a base salary to see which one pays more.');
  } else {
    out.push('Enter a base salary in two offers to see which one pays more.');
  }
  out.push(...leftOutSentence(verdict.leftOut));
  return out;
}

/**
 * The sentence saying which pay the verdict reads, for the strip, the PDF
 * brief and the CSV: gross pay, or the take-home estimate with the tax year
 * of the tables applied to every year.
 */
export function verdictBasisSentence(
  basis: VerdictBasis,
  taxYear: number = BUNDLED_TAX_TABLES.federal.taxYear,
): string {
  return basis === 'gross'
    ? 'Read on gross pay: base, bonus, sign-on and RSUs at vest value, before tax.'
    : `Read on estimated take-home pay: gross pay less federal income tax, Social Security, Medicare and state or city tax, with the ${taxYear} tables applied to every year.`;
}

/** The role-fit line under the verdict. */
export type FitLean = {
  /** "Your role fit leans Product Manager by 31.5 points." or that it is balanced. */
  lean: string;
  /** The lean role's id, or {@link BALANCED}. */
  leanRoleId: string;
  /** When the best-paid offer is for another role than the lean: one sentence saying so; else null. */
  tension: string | null;
};

/**
 * The role-fit lean and its margin in words, and the tension sentence when the
 * verdict's best-paid offer (rank 1, alone at the top) is for a role other
 * than the one the worksheet leans to. Null when the worksheet has no answers
 * yet (`fit` null or nothing answered). `roles` names the template's roles.
 */
export function fitLean(
  verdict: Verdict,
  fit: Pick<RoleFitResult, 'lean' | 'margin' | 'completeness'> | null,
  roles: readonly { id: string; name: string }[],
): FitLean | null {
  if (!fit || fit.completeness.answered === 0) return null;
  const roleName = (id: string) => roles.find((r) => r.id === id)?.name ?? id;
  const points = `${fit.margin.toFixed(1)} ${fit.margin === 1 ? 'point' : 'points'}`;
  if (fit.lean === BALANCED) {
    return {
      lean: `Your role fit leans to neither role (${points} apart), so pay and the rest decide.`,
      leanRoleId: BALANCED,
      tension: null,
    };
  }
  const lean = `Your role fit leans ${roleName(fit.lean)} by ${points}.`;
  const [top, next] = verdict.kind === 'none' ? [] : verdict.entries;
  const aloneAtTop = top && (!next || next.fourYearTotal < top.fourYearTotal);
  const tension =
    aloneAtTop && top.roleId !== null && top.roleId !== fit.lean
      ? `The best-paid offer, ${top.name}, is ${roles.some((r) => r.id === top.roleId) ? `for the ${roleName(top.roleId)} role` : 'for another role'} — not the role your fit leans to.`
      : null;
  return { lean, leanRoleId: fit.lean, tension };
}
