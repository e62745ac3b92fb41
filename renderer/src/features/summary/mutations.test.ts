import 'fake-indexeddb/auto';
import type { Workbook } from '@shared/schemas/records';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@renderer/db/db', async () => (await import('@renderer/db/testing')).liveDbModule());

const { db } = await import('@renderer/db/db');
const m = await import('./mutations');
const { restore } = await import('@renderer/db/restore');

const WB: Workbook = {
  id: 'wb',
  name: 'Test',
  templateId: 'amazon-pmm-vs-pm',
  templateVersion: 1,
  createdAt: '2026-11-26T17:00:00.000Z',
  updatedAt: '2026-11-26T17:00:00.000Z',
  baselineOfferId: null,
  fxRates: {},
  decision: {
    notes: '',
    chosenOfferId: null,
    factors: [
      { id: 'f-pay', label: 'Pay', kind: 'pay', weight: 5 },
      { id: 'f-team', label: 'Team', kind: 'manual', weight: 2 },
      { id: 'f-loc', label: 'Location', kind: 'manual', weight: 1 },
    ],
    scores: { 'f-team': { a: 7, b: 9 } },
    payPointPct: 2,
  },
  paperSize: 'auto',
};

const read = async () => {
  const w = await db.workbooks.get('wb');
  if (!w) throw new Error('missing');
  return w;
};

beforeEach(async () => {
  await db.workbooks.clear();
  await db.workbooks.put(WB);
});

describe('parseZeroToTen', () => {
  it('accepts 0–10 with a dot or a comma and explains anything else', () => {
    expect(m.parseZeroToTen(' 7,5 ', 'score')).toEqual({ ok: true, value: 7.5 });
    expect(m.parseZeroToTen('0', 'weight')).toEqual({ ok: true, value: 0 });
    expect(m.parseZeroToTen('10', 'weight')).toEqual({ ok: true, value: 10 });
    expect(m.parseZeroToTen('10.5', 'weight')).toEqual({
      ok: false,
      message: 'A weight is from 0 to 10.',
    });
    expect(m.parseZeroToTen('-1', 'score')).toEqual({
      ok: false,
      message: 'A score is from 0 to 10.',
    });
    expect(m.parseZeroToTen('lots', 'score')).toEqual({
      ok: false,
      message: 'Enter the score as a number, e.g. 7.',
    });
    expect(m.parseZeroToTen('  ', 'weight')).toEqual({
      ok: false,
      message: 'Enter a weight from 0 to 10.',
    });
  });
});

describe('parsePayPoint', () => {
  it('reads a percent per point from 0.5 to 10 and explains anything else', () => {
    expect(m.parsePayPoint('2')).toEqual({ ok: true, value: 2 });
    expect(m.parsePayPoint(' 1,5 % ')).toEqual({ ok: true, value: 1.5 });
    expect(m.parsePayPoint('10')).toEqual({ ok: true, value: 10 });
    expect(m.parsePayPoint('0.4')).toEqual({
      ok: false,
      message: 'Use a number from 0.5 to 10 for the percent per point.',
    });
    expect(m.parsePayPoint('two')).toEqual({
      ok: false,
      message: 'Enter the percent as a number, e.g. 2.',
    });
    expect(m.parsePayPoint('')).toEqual({
      ok: false,
      message: 'Enter a percent from 0.5 to 10, e.g. 2.',
    });
  });

  it('saves the pay scale with the workbook and refuses one out of range', async () => {
    await m.setPayPoint('wb', 3);
    expect((await read()).decision.payPointPct).toBe(3);
    await expect(m.setPayPoint('wb', 0)).rejects.toThrow();
    expect((await read()).decision.payPointPct).toBe(3);
  });
});

describe('setPdfSection', () => {
  it('starts from every section on and changes only the one asked for', async () => {
    expect((await read()).pdfSections).toBeUndefined();
    await m.setPdfSection('wb', 'charts', false);
    expect((await read()).pdfSections).toEqual({
      offers: true,
      charts: false,
      fit: true,
      prep: true,
      references: true,
    });
    await m.setPdfSection('wb', 'charts', true);
    expect((await read()).pdfSections?.charts).toBe(true);
  });
});

describe('decision writes', () => {
  it('saves notes, the chosen offer, weights, scores and the paper size', async () => {
    await m.setDecisionNotes('wb', 'Going with B.');
    await m.setChosenOffer('wb', 'b');
    await m.setFactorWeight('wb', 'f-team', 4);
    await m.setManualScore('wb', 'f-loc', 'a', 6);
    await m.setManualScore('wb', 'f-team', 'b', null);
    await m.setPaperSize('wb', 'a4');
    const w = await read();
    expect(w.decision.notes).toBe('Going with B.');
    expect(w.decision.chosenOfferId).toBe('b');
    expect(w.decision.factors.find((f) => f.id === 'f-team')?.weight).toBe(4);
    expect(w.decision.scores).toEqual({ 'f-team': { a: 7 }, 'f-loc': { a: 6 } });
    expect(w.paperSize).toBe('a4');
    expect(w.updatedAt).not.toBe(WB.updatedAt);
  });

  it('never writes a value the schema rejects', async () => {
    await expect(m.setFactorWeight('wb', 'f-team', 11)).rejects.toThrow();
    await expect(m.setDecisionNotes('wb', 'x'.repeat(100_000))).rejects.toThrow();
    const w = await read();
    expect(w.decision.factors.find((f) => f.id === 'f-team')?.weight).toBe(2);
    expect(w.decision.notes).toBe('');
    expect(m.notesError('x'.repeat(100_000))).not.toBeNull();
    expect(m.notesError('fine')).toBeNull();
  });

  it('adds a factor, refuses a duplicate name, and removes one with undo', async () => {
    expect(m.factorLabelError('team ', ['Pay', 'Team'])).toBe(
      'There is already a factor with that name.',
    );
    expect(m.factorLabelError('', ['Pay'])).not.toBeNull();
    const id = await m.addFactor('wb', ' Commute ');
    expect((await read()).decision.factors.at(-1)).toEqual({
      id,
      label: 'Commute',
      kind: 'manual',
      weight: 3,
    });

    const removed = await m.removeFactor('wb', 'f-team');
    let w = await read();
    expect(w.decision.factors.map((f) => f.id)).toEqual(['f-pay', 'f-loc', id]);
    expect(w.decision.scores['f-team']).toBeUndefined();
    if (!removed) throw new Error('nothing removed');
    await restore(db, removed.undo);
    w = await read();
    expect(w.decision.factors.map((f) => f.id)).toEqual(['f-pay', 'f-team', 'f-loc', id]);
    expect(w.decision.scores['f-team']).toEqual({ a: 7, b: 9 });
  });
});
