/**
 * The Summary page: the whole workbook on one page — the pay verdict, decision
 * and notes first, then the PDF export, the decision matrix with its break-even, offers
 * side by side with charts, the role-fit result, prep readiness and the next
 * rounds, reference figures. Reads through `useSummaryData`, figures through
 * `buildSummaryModel`, writes through `mutations.ts`.
 */

import { VerdictStrip } from '@renderer/components/offers/VerdictStrip';
import { useFailureToast } from '@renderer/components/Toast';
import { useReadyWhen } from '@renderer/lib/appReady';
import type { PageProps } from '@renderer/lib/pageProps';
import { useNow } from '@renderer/lib/useNow';
import { useMemo } from 'react';
import { ExportPanel } from './components/ExportPanel';
import { SummaryDocument } from './components/SummaryDocument';
import { useSummaryData } from './hooks/useSummaryData';
import { buildSummaryModel } from './summaryModel';
import './summary.css';

export const SummaryPage = ({ workbook, template }: PageProps) => {
  const data = useSummaryData(workbook.id);
  const now = useNow();
  const onError = useFailureToast();
  const model = useMemo(
    () => (data ? buildSummaryModel(workbook, template, data) : null),
    [workbook, template, data],
  );
  useReadyWhen(!!(data && model));

  if (!data || !model) return <p aria-busy="true">Loading the summary…</p>;
  return (
    <>
      {/* The same answer the Offers page leads with; the printed brief carries it on page 1. */}
      <VerdictStrip verdict={model.verdict} fit={model.lean} />
      <SummaryDocument
        workbook={workbook}
        template={template}
        data={data}
        model={model}
        now={now}
        onError={onError}
        afterDecision={
          <ExportPanel workbook={workbook} facts={model.briefFacts} onError={onError} />
        }
      />
    </>
  );
};
