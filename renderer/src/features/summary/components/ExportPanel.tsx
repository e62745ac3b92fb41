/**
 * The export controls: paper size (stored in the workbook; "automatic" picks
 * Letter or A4 from the app's locale) and the "Export decision summary
 * (PDF)…" button, with the outcome — saved, cancelled or the error — shown
 * right next to it. The export itself is `exportDecisionPdf`.
 */

import { Field } from '@renderer/components/Field';
import {
  exportDecisionPdf,
  useExportState,
  warmPdfPrinter,
} from '@renderer/features/summary/exportPdf';
import { setPaperSize } from '@renderer/features/summary/mutations';
import { resolvePaper } from '@shared/domain/summary';
import type { PaperSize, Workbook } from '@shared/schemas/records';
import { useEffect } from 'react';

const PAPER_NAME = { letter: 'US Letter', a4: 'A4' } as const;

/** The paper the PDF is printed on for this workbook in this app's locale. */
export const paperFor = (workbook: Workbook): 'letter' | 'a4' =>
  resolvePaper(workbook.paperSize, navigator.language);

const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

const kb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KB`;

export const ExportPanel = ({
  workbook,
  onError,
}: {
  workbook: Workbook;
  onError: (err: unknown) => void;
}) => {
  const state = useExportState();
  // Someone on this page may well export: have the print page ready by then.
  useEffect(warmPdfPrinter, []);
  const auto = resolvePaper('auto', navigator.language);
  return (
    <section className="summary-export card" aria-labelledby="summary-export-title">
      <h2 id="summary-export-title">Export</h2>
      <div className="summary-export__row">
        {/* No hint under the select, so the button's bottom edge lines up with the select's. */}
        <Field label="Paper size">
          {(control) => (
            <select
              {...control}
              value={workbook.paperSize}
              onChange={(e) =>
                setPaperSize(workbook.id, e.target.value as PaperSize).catch(onError)
              }
            >
              <option value="auto">Automatic ({PAPER_NAME[auto]} here)</option>
              <option value="letter">US Letter</option>
              <option value="a4">A4</option>
            </select>
          )}
        </Field>
        {/* aria-disabled, not disabled, while it works: a disabled button drops keyboard focus. */}
        <button
          type="button"
          className="button--primary"
          aria-disabled={state.status === 'exporting' ? true : undefined}
          onClick={() => {
            if (state.status !== 'exporting') void exportDecisionPdf(paperFor(workbook));
          }}
        >
          Export decision summary (PDF)…
        </button>
      </div>
      <div className="summary-export__status">
        {state.status === 'exporting' ? (
          <p role="status">Making the PDF…</p>
        ) : state.status === 'saved' ? (
          <p role="status" className="summary-export__saved">
            Saved “{fileName(state.path)}” ({kb(state.bytes)}, {(state.ms / 1000).toFixed(1)} s).{' '}
            <span className="muted summary-export__path">{state.path}</span>
          </p>
        ) : state.status === 'cancelled' ? (
          <p role="status">Export cancelled: nothing was saved.</p>
        ) : state.status === 'failed' ? (
          <p role="alert" className="banner banner--error">
            {state.message}
          </p>
        ) : (
          <p className="muted">
            Everything on this page goes into the PDF, on {PAPER_NAME[paperFor(workbook)]} paper.
            Shortcut: Ctrl+P (⌘P on a Mac).
          </p>
        )}
      </div>
    </section>
  );
};
