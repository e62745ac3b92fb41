import { describe, expect, it } from 'vitest';
import { payloadV1toV2, workbookV1toV2 } from './upgrades';

const v1Workbook = {
  id: 'w',
  name: 'Old',
  decision: { notes: 'n', chosenOfferId: null, factors: [], scores: {} },
  paperSize: 'auto',
};

describe('workbookV1toV2', () => {
  it('gives a version-1 decision the default pay scale of 2% per point', () => {
    expect(workbookV1toV2(v1Workbook)).toEqual({
      ...v1Workbook,
      decision: { ...v1Workbook.decision, payPointPct: 2 },
    });
    // The input is left as it was.
    expect(v1Workbook.decision).not.toHaveProperty('payPointPct');
  });

  it('keeps a pay scale that is already there', () => {
    const w = { ...v1Workbook, decision: { ...v1Workbook.decision, payPointPct: 3.5 } };
    expect(workbookV1toV2(w)).toBe(w);
  });

  it('returns shapes it does not know unchanged, for the schema check to judge', () => {
    expect(workbookV1toV2(null)).toBeNull();
    expect(workbookV1toV2('x')).toBe('x');
    const noDecision = { id: 'w' };
    expect(workbookV1toV2(noDecision)).toBe(noDecision);
  });
});

describe('payloadV1toV2', () => {
  it('upgrades the workbook inside a payload and leaves the other lists alone', () => {
    const offers = [{ id: 'o' }];
    const out = payloadV1toV2({ workbook: v1Workbook, offers }) as {
      workbook: { decision: { payPointPct: number } };
      offers: unknown;
    };
    expect(out.workbook.decision.payPointPct).toBe(2);
    expect(out.offers).toBe(offers);
    expect(payloadV1toV2(7)).toBe(7);
  });
});
