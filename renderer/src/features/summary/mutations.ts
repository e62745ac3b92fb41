/**
 * Writes of the Summary page: the decision notes, the chosen offer, the
 * decision matrix (factors, weights, manual scores) and the paper size. Each
 * write reads the workbook row and applies a pure change through the write
 * kit (`db/writeKit.ts`), which validates the whole row, stamps `updatedAt`
 * and writes it in one transaction — so a value the schema rejects is never
 * stored. Must not compute any score.
 */

import { db } from '@renderer/db/db';
import { type Written, write } from '@renderer/db/writeKit';
import { newId } from '@renderer/lib/ids';
import { ALL_PDF_SECTIONS, type PdfSection } from '@shared/domain/brief';
import { firstIssueMessage, type ParseResult } from '@shared/domain/parse';
import {
  type Decision,
  type DecisionFactor,
  type PaperSize,
  type Workbook,
  WorkbookSchema,
} from '@shared/schemas/records';

/** Applies `change` to the workbook row and writes it through the kit (with its undo snapshot). */
const writeWorkbook = (workbookId: string, change: (w: Workbook) => Workbook) =>
  write(db, ['workbooks'], (tx) =>
    tx.update('workbooks', workbookId, change, 'The workbook is no longer open.'),
  );

const updateWorkbook = async (
  workbookId: string,
  change: (w: Workbook) => Workbook,
): Promise<void> => {
  await writeWorkbook(workbookId, change);
};

const withDecision =
  (change: (d: Decision) => Decision) =>
  (w: Workbook): Workbook => ({ ...w, decision: change(w.decision) });

/** Validation message for decision notes, or null when they can be saved. */
export const notesError = (notes: string): string | null => {
  const parsed = WorkbookSchema.shape.decision.shape.notes.safeParse(notes);
  return parsed.success ? null : firstIssueMessage(parsed.error, 'These notes cannot be saved.');
};

export const setDecisionNotes = (workbookId: string, notes: string) =>
  updateWorkbook(
    workbookId,
    withDecision((d) => ({ ...d, notes })),
  );

export const setChosenOffer = (workbookId: string, offerId: string | null) =>
  updateWorkbook(
    workbookId,
    withDecision((d) => ({ ...d, chosenOfferId: offerId })),
  );

/** Includes or leaves out one optional section of the PDF (all are on until changed). */
export const setPdfSection = (workbookId: string, section: PdfSection, include: boolean) =>
  updateWorkbook(workbookId, (w) => ({
    ...w,
    pdfSections: { ...(w.pdfSections ?? ALL_PDF_SECTIONS), [section]: include },
  }));

export const setPaperSize = (workbookId: string, paperSize: PaperSize) =>
  updateWorkbook(workbookId, (w) => ({ ...w, paperSize }));

/** Parses a 0–10 number typed by the user (weights and scores). */
export const parseZeroToTen = (
  text: string,
  what: 'weight' | 'score',
): { ok: true; value: number } | { ok: false; message: string } => {
  const t = text.trim().replace(',', '.');
  if (t === '') return { ok: false, message: `Enter a ${what} from 0 to 10.` };
  const n = Number(t);
  if (!Number.isFinite(n)) return { ok: false, message: `Enter the ${what} as a number, e.g. 7.` };
  if (n < 0 || n > 10) return { ok: false, message: `A ${what} is from 0 to 10.` };
  return { ok: true, value: n };
};

/**
 * Reads the pay scale typed by the user: percent of pay per point, from 0.5
 * to 10 ("2", "2%", "1,5").
 */
export const parsePayPoint = (text: string): ParseResult<number> => {
  const t = text.trim().replace(/%$/, '').trim().replace(',', '.');
  if (t === '') return { ok: false, message: 'Enter a percent from 0.5 to 10, e.g. 2.' };
  const n = Number(t);
  if (!Number.isFinite(n)) return { ok: false, message: 'Enter the percent as a number, e.g. 2.' };
  const parsed = WorkbookSchema.shape.decision.shape.payPointPct.safeParse(n);
  return parsed.success
    ? { ok: true, value: n }
    : { ok: false, message: firstIssueMessage(parsed.error) };
};

/** Saves the pay scale: `pct` % of pay below the best costs one pay point. */
export const setPayPoint = (workbookId: string, pct: number) =>
  updateWorkbook(
    workbookId,
    withDecision((d) => ({ ...d, payPointPct: pct })),
  );

export const setFactorWeight = (workbookId: string, factorId: string, weight: number) =>
  updateWorkbook(
    workbookId,
    withDecision((d) => ({
      ...d,
      factors: d.factors.map((f) => (f.id === factorId ? { ...f, weight } : f)),
    })),
  );

/** Sets (or, with null, clears) a manual factor's score for one offer. */
export const setManualScore = (
  workbookId: string,
  factorId: string,
  offerId: string,
  score: number | null,
) =>
  updateWorkbook(
    workbookId,
    withDecision((d) => {
      const row = { ...(d.scores[factorId] ?? {}) };
      if (score === null) delete row[offerId];
      else row[offerId] = score;
      return { ...d, scores: { ...d.scores, [factorId]: row } };
    }),
  );

/** Validation message for a factor name, or null when it is fine. */
export const factorLabelError = (label: string, taken: readonly string[]): string | null => {
  const parsed = WorkbookSchema.shape.decision.shape.factors.element.shape.label.safeParse(
    label.trim(),
  );
  if (!parsed.success) return firstIssueMessage(parsed.error, 'That name cannot be used.');
  if (taken.some((t) => t.toLowerCase() === label.trim().toLowerCase()))
    return 'There is already a factor with that name.';
  return null;
};

/** Adds a manual factor with weight 3; returns its id. */
export const addFactor = async (workbookId: string, label: string): Promise<string> => {
  const id = newId();
  await updateWorkbook(
    workbookId,
    withDecision((d) => ({
      ...d,
      factors: [...d.factors, { id, label: label.trim(), kind: 'manual', weight: 3 }],
    })),
  );
  return id;
};

/**
 * Removes a factor and its scores; returns the factor and the undo snapshot
 * that puts it back where it was with its scores (later edits kept), or null
 * when there was no such factor.
 */
export const removeFactor = async (
  workbookId: string,
  factorId: string,
): Promise<Written<DecisionFactor> | null> => {
  let removed: DecisionFactor | undefined;
  const { undo } = await writeWorkbook(
    workbookId,
    withDecision((d) => {
      removed = d.factors.find((f) => f.id === factorId);
      if (!removed) return d;
      const { [factorId]: _gone, ...scores } = d.scores;
      return { ...d, factors: d.factors.filter((f) => f.id !== factorId), scores };
    }),
  );
  return removed ? { value: removed, undo } : null;
};
