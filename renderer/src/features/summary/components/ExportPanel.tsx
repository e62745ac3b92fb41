/**
 * The export controls, after the decision: paper size (stored in the
 * workbook; "automatic" picks Letter or A4 from the app's locale) with the
 * "Export decision summary (PDF)…" button on the same line, the sections the
 * PDF includes after its one-page brief, and the outcome — saved (with "Open
 * PDF" and "Show in folder"), cancelled or the error — right next to it.
 * A nearly empty workbook is asked about first, saying what is missing. The
 * export itself is `exportDecisionPdf`.
 */

import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { Field } from '@renderer/components/Field';
import {
  exportDecisionPdf,
  openLastPdf,
  settlePdfRequest,
  showLastPdf,
  useExportState,
  warmPdfPrinter,
} from '@renderer/features/summary/exportPdf';
import { setPaperSize, setPdfSection } from '@renderer/features/summary/mutations';
import {
  ALL_PDF_SECTIONS,
  type BriefFacts,
  isNearlyEmpty,
  missingForBrief,
  PDF_SECTION_LABELS,
  PDF_SECTIONS,
} from '@shared/domain/brief';
import { resolvePaper } from '@shared/domain/summary';
import type { PaperSize, Workbook } from '@shared/schemas/records';
import { useEffect, useRef, useState } from 'react';

const PAPER_NAME = { letter: 'US Letter', a4: 'A4' } as const;

/** The paper the PDF is printed on for this workbook in this app's locale. */
export const paperFor = (workbook: Workbook): 'letter' | 'a4' =>
  resolvePaper(workbook.paperSize, navigator.language);

const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

const kb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KB`;

export const ExportPanel = ({
  workbook,
  facts,
  onError,
}: {
  workbook: Workbook;
  /** What the PDF's brief can say: a nearly empty workbook is asked about first. */
  facts: BriefFacts;
  onError: (err: unknown) => void;
}) => {
  const state = useExportState();
  const [asking, setAsking] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  // Someone on this page may well export: have the print page ready by then.
  useEffect(warmPdfPrinter, []);
  const auto = resolvePaper('auto', navigator.language);
  const sections = workbook.pdfSections ?? ALL_PDF_SECTIONS;
  const missing = missingForBrief(facts);

  const start = () => {
    if (state.status === 'exporting') return;
    if (isNearlyEmpty(facts)) {
      setAsking(true);
      return;
    }
    void exportDecisionPdf(paperFor(workbook));
  };
  // The File menu's command arrives as a request: run it through the same check.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new request should start an export.
  useEffect(() => {
    if (state.status === 'requested') start();
  }, [state.status]);

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
          ref={button}
          type="button"
          className="button--primary"
          aria-disabled={state.status === 'exporting' ? true : undefined}
          onClick={start}
        >
          Export decision summary (PDF)…
        </button>
      </div>
      <fieldset className="summary-export__sections">
        <legend>After the one-page brief, the PDF includes</legend>
        {PDF_SECTIONS.map((section) => (
          <label key={section} className="summary-export__section">
            <input
              type="checkbox"
              checked={sections[section]}
              onChange={(e) => setPdfSection(workbook.id, section, e.target.checked).catch(onError)}
            />{' '}
            {PDF_SECTION_LABELS[section]}
          </label>
        ))}
      </fieldset>
      <div className="summary-export__status">
        {state.status === 'exporting' ? (
          <p role="status">Making the PDF…</p>
        ) : state.status === 'saved' ? (
          <div role="status" className="summary-export__saved">
            <p>
              Saved “{fileName(state.path)}” ({kb(state.bytes)}, {(state.ms / 1000).toFixed(1)} s).
              <span className="muted summary-export__path">{state.path}</span>
            </p>
            <p className="summary-export__actions">
              <button type="button" onClick={() => openLastPdf().catch(onError)}>
                Open PDF
              </button>
              <button type="button" onClick={() => showLastPdf().catch(onError)}>
                Show in folder
              </button>
            </p>
          </div>
        ) : state.status === 'cancelled' ? (
          <p role="status">Export cancelled: nothing was saved.</p>
        ) : state.status === 'failed' ? (
          <p role="alert" className="banner banner--error">
            {state.message}
          </p>
        ) : (
          <p className="muted">
            A one-page brief first, then the sections ticked above, on{' '}
            {PAPER_NAME[paperFor(workbook)]} paper. Shortcut: Ctrl+P (⌘P on a Mac).
          </p>
        )}
      </div>
      <ConfirmDialog
        open={asking}
        title="This summary is nearly empty"
        confirmLabel="Export anyway"
        cancelLabel="Not now"
        onConfirm={() => {
          setAsking(false);
          void exportDecisionPdf(paperFor(workbook));
        }}
        onCancel={() => {
          setAsking(false);
          settlePdfRequest();
          button.current?.focus();
        }}
      >
        <p>The PDF would leave out:</p>
        <ul>
          {missing.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      </ConfirmDialog>
    </section>
  );
};
