/**
 * Moves every date in a workbook by a whole number of days. The sample
 * workbook is written relative to the day it was made; opening it shifts it
 * to today so scheduled rounds stay ahead and history stays behind. Pure.
 */
import type { WorkbookData } from '../schemas/records';

const DAY_MS = 86_400_000;

const shiftInstant = (iso: string, days: number): string =>
  new Date(Date.parse(iso) + days * DAY_MS).toISOString();

const shiftDate = (isoDate: string, days: number): string =>
  new Date(Date.parse(`${isoDate}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** Whole UTC days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: Date, to: Date): number =>
  Math.floor(to.getTime() / DAY_MS) - Math.floor(from.getTime() / DAY_MS);

/** A copy of `data` with every date and instant moved by `days` days. */
export const shiftWorkbookDates = (data: WorkbookData, days: number): WorkbookData => {
  if (days === 0) return data;
  const at = (iso: string) => shiftInstant(iso, days);
  return {
    workbook: {
      ...data.workbook,
      createdAt: at(data.workbook.createdAt),
      updatedAt: at(data.workbook.updatedAt),
    },
    offers: data.offers.map((o) => ({
      ...o,
      deadline: o.deadline === null ? null : shiftDate(o.deadline, days),
    })),
    assessments: data.assessments.map((a) => ({ ...a, updatedAt: at(a.updatedAt) })),
    prepItems: data.prepItems.map((p) => ({
      ...p,
      history: p.history.map((h) => ({ ...h, at: at(h.at) })),
    })),
    rounds: data.rounds.map((r) => ({
      ...r,
      scheduledAt: r.scheduledAt === null ? null : at(r.scheduledAt),
    })),
    questions: data.questions.map((q) => ({ ...q, createdAt: at(q.createdAt) })),
    mockAnswers: data.mockAnswers.map((m) => ({ ...m, createdAt: at(m.createdAt) })),
  };
};
