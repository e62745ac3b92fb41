/**
 * Puts the summary's figures together from the shared domain: the offers
 * comparison (the same `buildComparison` the Offers page uses), the role-fit
 * result, and the decision matrix's ranking and break-even. No storage, no
 * React, no formatting, and no arithmetic of its own.
 */

import { buildComparison, type Comparison } from '@renderer/lib/comparison';
import type { BriefFacts } from '@shared/domain/brief';
import {
  type BreakEven,
  breakEven,
  type LeadCushion,
  leadCushion,
  type Ranking,
  rankOffers,
} from '@shared/domain/decision';
import { type RoleFitResult, scoreRoleFit } from '@shared/domain/fit';
import { householdOf } from '@shared/domain/offerTakeHome';
import { matrixInputs } from '@shared/domain/summary';
import { buildVerdict, type FitLean, fitLean, type Verdict } from '@shared/domain/verdict';
import { type ChangeLine, whatCouldChange } from '@shared/domain/whatCouldChange';
import type { Workbook } from '@shared/schemas/records';
import type { Template } from '@shared/schemas/template';
import type { SummaryData } from './hooks/useSummaryData';

export type SummaryModel = {
  comparison: Comparison | null;
  fit: RoleFitResult | null;
  ranking: Ranking;
  breakEven: BreakEven;
  /** How much pay the leader could lose and still lead. */
  cushion: LeadCushion;
  /** Who pays more over four years (the Offers page's verdict). */
  verdict: Verdict;
  /** The role-fit lean and its margin in words, or null before any answer. */
  lean: FitLean | null;
  /** What the PDF's one-page brief can say, for the "nearly empty" question. */
  briefFacts: BriefFacts;
  /** Offers left out of the matrix for lack of an exchange rate. */
  leftOut: string[];
  /** Offers with no base salary yet, left out of the matrix. */
  incomplete: string[];
  /** The matrix's per-offer pay (cents, baseline currency) and fit inputs. */
  matrixOffers: ReturnType<typeof matrixInputs>['offers'];
  /** "What could change the answer": crossover, stock growth and vesting sentences. */
  whatCouldChange: ChangeLine[];
};

/** The summary's figures; pay uses each offer's own stock-growth assumption. */
export const buildSummaryModel = (
  workbook: Workbook,
  template: Template,
  data: SummaryData,
): SummaryModel => {
  const comparison = buildComparison(
    data.offers,
    workbook.baselineOfferId,
    workbook.fxRates,
    template.references,
    undefined,
    // The by-year table and chart follow the workbook's horizon, as on the Offers page.
    workbook.projectionYears,
  );
  const fit = data.assessment ? scoreRoleFit(data.assessment, template) : null;
  // An untouched worksheet has no fit to weigh: leave fit out rather than score it 0.
  const fitScores = fit && fit.completeness.answered > 0 ? fit.scores : null;
  const inputs = matrixInputs(data.offers, comparison?.vsBaseline.rows ?? [], fitScores);
  const decisionInput = {
    factors: workbook.decision.factors,
    scores: workbook.decision.scores,
    offers: inputs.offers,
    payPointPct: workbook.decision.payPointPct,
  };
  // The workbook's basis (gross or take-home), so the Summary and the PDF read as Offers does.
  const verdict = buildVerdict(data.offers, workbook.baselineOfferId, {
    fxRates: workbook.fxRates,
    basis: workbook.takeHome?.basis ?? 'gross',
    household: householdOf(workbook.takeHome),
  });
  return {
    verdict,
    lean: fitLean(verdict, fit, template.roles),
    briefFacts: {
      offers: data.offers.length,
      comparableOffers: verdict.entries.length,
      fitAnswered: (fit?.completeness.answered ?? 0) > 0,
      decided: data.offers.some((o) => o.id === workbook.decision.chosenOfferId),
      notes: workbook.decision.notes,
    },
    comparison,
    fit,
    ranking: rankOffers(decisionInput),
    breakEven: breakEven(decisionInput),
    cushion: leadCushion(decisionInput),
    leftOut: inputs.leftOut,
    incomplete: inputs.incomplete,
    matrixOffers: inputs.offers,
    whatCouldChange: whatCouldChange(
      data.offers,
      comparison ? { currency: comparison.baselineCurrency } : {},
    ),
  };
};
