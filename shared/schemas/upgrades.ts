/**
 * Pure record transforms between schema versions, shared by the two stores
 * that hold workbooks: the file envelope's migrations (main) and Dexie's
 * version upgrades (renderer). Each takes the older shape as `unknown` and
 * returns the newer one; anything it does not recognise is returned as is,
 * for the schema check that follows to judge. No I/O, no clock.
 */

/** The pay scale older workbooks get: 2% of pay per point, the app's default. */
export const V2_DEFAULT_PAY_POINT_PCT = 2;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Version 1 → 2 for one workbook record: gives `decision` the pay scale
 * `payPointPct` = 2 when it has none (a value already there is kept).
 * Returns a new object; the input is not changed.
 */
export const workbookV1toV2 = (workbook: unknown): unknown => {
  if (!isObject(workbook) || !isObject(workbook.decision)) return workbook;
  if (workbook.decision.payPointPct !== undefined) return workbook;
  return {
    ...workbook,
    decision: { ...workbook.decision, payPointPct: V2_DEFAULT_PAY_POINT_PCT },
  };
};

/** Version 1 → 2 for a whole-workbook payload (`{ workbook, offers, … }`). */
export const payloadV1toV2 = (payload: unknown): unknown =>
  isObject(payload) ? { ...payload, workbook: workbookV1toV2(payload.workbook) } : payload;
