/**
 * The summary's glue between the offers comparison, the role-fit result and
 * the decision matrix, plus the paper choice for the PDF.
 *
 * Owns: which offers enter the matrix and with which pay and fit figures, and
 * which paper size "auto" means for a locale. Must not compute pay, fit or
 * the ranking itself (comp.ts, fit.ts and decision.ts do), read the clock or
 * the locale (callers pass them), or touch storage.
 */
import type { BaselineComparison } from './comp';
import type { DecisionOfferInput } from './decision';
import { isIncompleteOffer } from './verdict';

/** A printable paper size. */
export type Paper = 'letter' | 'a4';

/**
 * Regions where US Letter is the usual office paper (ISO 3166-1 alpha-2):
 * the United States and Canada, Mexico, the Philippines and several Latin
 * American countries. Everywhere else uses A4.
 */
export const LETTER_REGIONS: ReadonlySet<string> = new Set([
  'US',
  'CA',
  'MX',
  'PH',
  'CL',
  'CO',
  'VE',
  'PR',
  'CR',
  'GT',
  'PA',
  'DO',
  'SV',
]);

/** The region subtag of a BCP 47 tag (`en-US` → `US`, `es-419` → null), upper-cased. */
const regionOf = (locale: string): string | null => {
  for (const part of locale.replace(/_/g, '-').split('-').slice(1)) {
    if (/^[A-Za-z]{2}$/.test(part)) return part.toUpperCase();
  }
  return null;
};

/**
 * The paper to print on: the stored choice, or for `auto` the locale's usual
 * paper — Letter when the locale's region is in {@link LETTER_REGIONS}, A4
 * otherwise (also when the tag names no region).
 */
export const resolvePaper = (setting: 'auto' | Paper, locale: string): Paper => {
  if (setting !== 'auto') return setting;
  const region = regionOf(locale);
  return region !== null && LETTER_REGIONS.has(region) ? 'letter' : 'a4';
};

export type MatrixOffer = { id: string; roleId: string; baseSalary?: number };

export type MatrixInputs = {
  /** Offers that enter the matrix, in the order given. */
  offers: DecisionOfferInput[];
  /** Offers left out because their pay cannot be put in the baseline's currency. */
  leftOut: string[];
  /** Offers left out because they have no base salary yet (see `isIncompleteOffer`). */
  incomplete: string[];
};

/**
 * The decision matrix's per-offer inputs: average annual pay in the
 * baseline's currency (minor units, from `compareToBaseline`) and the
 * role-fit score (0..100) of the offer's role, or null when the fit result
 * has no score for that role (e.g. role `other`). Offers without a usable
 * exchange rate are not given a made-up pay: they are listed in `leftOut`.
 */
export const matrixInputs = (
  offers: readonly MatrixOffer[],
  rows: readonly BaselineComparison[],
  fitScores: Readonly<Record<string, number>> | null,
): MatrixInputs => {
  const byId = new Map(rows.map((r) => [r.offerId, r]));
  const result: MatrixInputs = { offers: [], leftOut: [], incomplete: [] };
  for (const offer of offers) {
    if (offer.baseSalary !== undefined && isIncompleteOffer(offer)) {
      result.incomplete.push(offer.id);
      continue;
    }
    const row = byId.get(offer.id);
    if (!row?.comparable) {
      result.leftOut.push(offer.id);
      continue;
    }
    const fit = fitScores?.[offer.roleId];
    result.offers.push({
      offerId: offer.id,
      avgAnnualPay: row.averageAnnualInBaseline,
      fitScore: typeof fit === 'number' ? fit : null,
    });
  }
  return result;
};
