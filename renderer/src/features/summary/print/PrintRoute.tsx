/**
 * The print route (`#/print`): the decision summary laid out for paper, with
 * no app chrome. The main process loads it in a hidden window and prints it
 * to PDF once it signals ready. It renders the Summary page's own
 * `SummaryDocument`, read-only, so the PDF's figures are the screen's.
 */

import { SummaryDocument } from '@renderer/features/summary/components/SummaryDocument';
import { useSummaryData } from '@renderer/features/summary/hooks/useSummaryData';
import { buildSummaryModel } from '@renderer/features/summary/summaryModel';
import { formatDateTime } from '@renderer/lib/dates';
import type { Workbook } from '@shared/schemas/records';
import type { Template } from '@shared/schemas/template';
import { useEffect, useMemo, useState } from 'react';
import { signalWhenPrintable } from './printReady';
// The screen loads these charts lazily; on paper they are always needed, so fetch them with this
// route instead of one after another once the data is in.
import '@renderer/components/fit/charts/RatingsByRoleChart';
import '@renderer/features/summary/components/SummaryCharts';
import '@renderer/features/summary/summary.css';
import './print.css';

const ignore = () => undefined;

type Props = {
  /** The print run this page is drawn for (see `printReady.ts`). */
  run: string;
  workbook: Workbook;
  template: Template;
};

export const PrintRoute = ({ run, workbook, template }: Props) => {
  const data = useSummaryData(workbook.id);
  const [now] = useState(() => new Date());
  const model = useMemo(
    () => (data ? buildSummaryModel(workbook, template, data) : null),
    [workbook, template, data],
  );
  const loaded = model !== null;

  useEffect(() => {
    document.title = `Decision summary — ${workbook.name}`;
  }, [workbook.name]);

  useEffect(() => {
    if (!loaded) return;
    const stop = new AbortController();
    void signalWhenPrintable(run, stop.signal);
    return () => stop.abort();
  }, [loaded, run]);

  if (!data || !model) return <p aria-busy="true">Loading the summary…</p>;
  const date = formatDateTime(now);
  const roles = template.roles.map((r) => `${r.shortName} (${r.name})`).join(' vs ');
  return (
    <main className="print-doc">
      <header className="print-doc__header">
        <p className="print-doc__brand">Crossroads</p>
        <h1>Decision summary</h1>
        <p className="print-doc__meta">
          {workbook.name} · {roles}
        </p>
        <p className="print-doc__meta">Made on {date}</p>
      </header>
      <SummaryDocument
        workbook={workbook}
        template={template}
        data={data}
        model={model}
        now={now}
        print
        onError={ignore}
      />
    </main>
  );
};
