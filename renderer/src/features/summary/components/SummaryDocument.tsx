/**
 * The summary itself, shared by the Summary page and the print route so the
 * PDF shows exactly the screen's figures: decision, decision matrix, offers
 * with charts, role fit, prep and reference figures. `print` makes it
 * read-only and lays it out for paper.
 */

import { ResultPanel } from '@renderer/components/fit/ResultPanel';
import { WhatCouldChange } from '@renderer/components/WhatCouldChange';
import type { SummaryData } from '@renderer/features/summary/hooks/useSummaryData';
import type { SummaryModel } from '@renderer/features/summary/summaryModel';
import { ALL_PDF_SECTIONS, notesExcerpt, type PdfSection } from '@shared/domain/brief';
import type { Workbook } from '@shared/schemas/records';
import type { Template } from '@shared/schemas/template';
import type { ReactNode } from 'react';
import { Brief } from './Brief';
import { DecisionMatrix } from './DecisionMatrix';
import { DecisionPanel } from './DecisionPanel';
import { OffersSummary } from './OffersSummary';
import { PrepSummary } from './PrepSummary';
import { ReferenceFigures } from './ReferenceFigures';
// The other features' components shown here bring their own styles; pages load lazily, so the
// summary (and the print route) cannot count on those pages having been opened first.
import '@renderer/components/fit/fit.css';
import '@renderer/components/offers/offers.css';
import '@renderer/components/prep/prep.css';
import '@renderer/features/summary/summary.css';

/** On paper a pay table holds at most this many offers; more are split into groups, each labelled. */
export const PRINT_OFFERS_PER_TABLE = 4;

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
}: Props) => {
  const sections = workbook.pdfSections ?? ALL_PDF_SECTIONS;
  // On screen everything shows; on paper the brief comes first and the user's choice of sections follows.
  const show = (section: PdfSection) => !print || sections[section];
  const notesContinued = notesExcerpt(workbook.decision.notes).continued;
  return (
    <div className={print ? 'summary summary--print' : 'summary'}>
      {print ? (
        <Brief
          workbook={workbook}
          template={template}
          offers={data.offers}
          prepItems={data.prepItems}
          model={model}
        />
      ) : null}
      {/* On paper the brief holds the decision and the notes' opening: repeat them only when longer. */}
      {!print || notesContinued ? (
        <div className="summary-section">
          <DecisionPanel
            workbook={workbook}
            offers={data.offers}
            readOnly={print}
            onError={onError}
          />
        </div>
      ) : null}
      {afterDecision ? <div className="summary-section">{afterDecision}</div> : null}
      {/* On paper "what could change the answer" sits in the brief, under the pay verdict. */}
      {print ? null : (
        <div className="summary-section">
          <WhatCouldChange
            lines={model.whatCouldChange}
            verdictBasis={model.verdict.basis}
            headingId="summary-what-could-change-title"
            className="card"
          />
        </div>
      )}
      <div className="summary-section">
        <DecisionMatrix
          workbook={workbook}
          offers={data.offers}
          ranking={model.ranking}
          breakEven={model.breakEven}
          cushion={model.cushion}
          currency={model.comparison?.baselineCurrency ?? data.offers[0]?.currency ?? 'USD'}
          leftOut={model.leftOut}
          incomplete={model.incomplete}
          readOnly={print}
          onError={onError}
        />
      </div>
      {show('offers') || show('charts') ? (
        <div className="summary-section">
          <OffersSummary
            offers={data.offers}
            comparison={model.comparison}
            table={show('offers')}
            charts={show('charts')}
            groupSize={print ? PRINT_OFFERS_PER_TABLE : undefined}
            onError={onError}
          />
        </div>
      ) : null}
      {show('fit') ? (
        <div className="summary-section">
          {data.assessment && model.fit ? (
            <ResultPanel template={template} assessment={data.assessment} result={model.fit} />
          ) : (
            <section aria-labelledby="summary-fit-empty">
              <h2 id="summary-fit-empty">Role fit result</h2>
              <p className="muted">The role-fit worksheet has not been started.</p>
            </section>
          )}
        </div>
      ) : null}
      {show('prep') ? (
        <div className="summary-section">
          <PrepSummary
            items={data.prepItems}
            rounds={data.rounds}
            template={template}
            now={now}
            print={print}
          />
        </div>
      ) : null}
      {show('references') ? (
        <div className="summary-section">
          <ReferenceFigures template={template} print={print} />
        </div>
      ) : null}
    </div>
  );
};
