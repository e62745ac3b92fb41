/**
 * The summary itself, shared by the Summary page and the print route so the
 * PDF shows exactly the screen's figures: decision, decision matrix, offers
 * with charts, role fit, prep and reference figures. `print` makes it
 * read-only and lays it out for paper.
 */

import { WhatCouldChange } from '@renderer/components/WhatCouldChange';
import { ResultPanel } from '@renderer/features/fit/components/ResultPanel';
import type { SummaryData } from '@renderer/features/summary/hooks/useSummaryData';
import type { SummaryModel } from '@renderer/features/summary/summaryModel';
import type { Workbook } from '@shared/schemas/records';
import type { Template } from '@shared/schemas/template';
import type { ReactNode } from 'react';
import { DecisionMatrix } from './DecisionMatrix';
import { DecisionPanel } from './DecisionPanel';
import { OffersSummary } from './OffersSummary';
import { PrepSummary } from './PrepSummary';
import { ReferenceFigures } from './ReferenceFigures';
// The other features' components shown here bring their own styles; pages load lazily, so the
// summary (and the print route) cannot count on those pages having been opened first.
import '@renderer/features/fit/fit.css';
import '@renderer/features/offers/offers.css';
import '@renderer/features/prep/prep.css';
import '@renderer/features/summary/summary.css';

type Props = {
  workbook: Workbook;
  template: Template;
  data: SummaryData;
  model: SummaryModel;
  now: Date;
  print?: boolean;
  /** Shown right after the decision and notes (the Summary page puts the export there). */
  afterDecision?: ReactNode;
  onError: (err: unknown) => void;
};

export const SummaryDocument = ({
  workbook,
  template,
  data,
  model,
  now,
  print = false,
  afterDecision,
  onError,
}: Props) => (
  <div className={print ? 'summary summary--print' : 'summary'}>
    <div className="summary-section">
      <DecisionPanel workbook={workbook} offers={data.offers} readOnly={print} onError={onError} />
    </div>
    {afterDecision ? <div className="summary-section">{afterDecision}</div> : null}
    <div className="summary-section">
      <WhatCouldChange
        lines={model.whatCouldChange}
        headingId="summary-what-could-change-title"
        className={print ? undefined : 'card'}
      />
    </div>
    <div className="summary-section">
      <DecisionMatrix
        workbook={workbook}
        offers={data.offers}
        ranking={model.ranking}
        breakEven={model.breakEven}
        cushion={model.cushion}
        currency={model.comparison?.baselineCurrency ?? data.offers[0]?.currency ?? 'USD'}
        leftOut={model.leftOut}
        readOnly={print}
        onError={onError}
      />
    </div>
    <div className="summary-section summary-section--break">
      <OffersSummary offers={data.offers} comparison={model.comparison} onError={onError} />
    </div>
    <div className="summary-section summary-section--break">
      {data.assessment && model.fit ? (
        <ResultPanel template={template} assessment={data.assessment} result={model.fit} />
      ) : (
        <section aria-labelledby="summary-fit-empty">
          <h2 id="summary-fit-empty">Role fit result</h2>
          <p className="muted">The role-fit worksheet has not been started.</p>
        </section>
      )}
    </div>
    {/* Prep is short: it follows the role-fit result instead of opening a page of its own. */}
    <div className="summary-section">
      <PrepSummary items={data.prepItems} rounds={data.rounds} template={template} now={now} />
    </div>
    <div className="summary-section">
      <ReferenceFigures template={template} print={print} />
    </div>
  </div>
);
