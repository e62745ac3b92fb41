/**
 * Writes of the Summary page: the decision notes, the chosen offer, the
 * decision matrix (factors, weights, manual scores) and the paper size. Each
 * write reads the workbook row, applies a pure change, validates the whole
 * row with the shared schema and writes it in one transaction — so a value
 * the schema rejects is never stored. Must not compute any score.
 */

import { db } from '@renderer/db/db';
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

/** Applies `change` to the workbook's decision and writes the validated row. */
const updateWorkbook = async (
  workbookId: string,
  change: (w: Workbook) => Workbook,
): Promise<void> => {
  await db.transaction('rw', db.workbooks, async () => {
    const current = await db.workbooks.get(workbookId);
    if (!current) throw new Error('The workbook is no longer open.');
    const next = WorkbookSchema.parse({
      ...change(current),
      updatedAt: new Date().toISOString(),
    });
    await db.workbooks.put(next);
  });
};

const withDecision =
  (change: (d: Decision) => Decision) =>
  (w: Workbook): Workbook => ({ ...w, decision: change(w.decision) });

/** Validation message for decision notes, or null when they can be saved. */
export const notesError = (notes: string): string | null => {
  const parsed = WorkbookSchema.shape.decision.shape.notes.safeParse(notes);
  return parsed.success
    ? null
    : (parsed.error.issues[0]?.message ?? 'These notes cannot be saved.');
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
  if (!parsed.success) return parsed.error.issues[0]?.message ?? 'That name cannot be used.';
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

export type RemovedFactor = {
  factor: DecisionFactor;
  index: number;
  scores: Record<string, number> | undefined;
};

/** Removes a factor and its scores; returns what is needed to undo it. */
export const removeFactor = async (
  workbookId: string,
  factorId: string,
): Promise<RemovedFactor | null> => {
  let removed: RemovedFactor | null = null;
  await updateWorkbook(
    workbookId,
    withDecision((d) => {
      const index = d.factors.findIndex((f) => f.id === factorId);
      const factor = d.factors[index];
      if (!factor) return d;
      removed = { factor, index, scores: d.scores[factorId] };
      const { [factorId]: _gone, ...scores } = d.scores;
      return { ...d, factors: d.factors.filter((f) => f.id !== factorId), scores };
    }),
  );
  return removed;
};

/** Puts a removed factor back where it was, with its scores. */
export const restoreFactor = (workbookId: string, removed: RemovedFactor) =>
  updateWorkbook(
    workbookId,
    withDecision((d) => {
      if (d.factors.some((f) => f.id === removed.factor.id)) return d;
      const factors = [...d.factors];
      factors.splice(Math.min(removed.index, factors.length), 0, removed.factor);
      return {
        ...d,
        factors,
        scores: removed.scores ? { ...d.scores, [removed.factor.id]: removed.scores } : d.scores,
      };
    }),
  );
