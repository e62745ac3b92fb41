/**
 * The decision matrix's defaults, apart from its scoring (`decision.ts`), so
 * a new workbook can take them without the matrix's code: the app's first
 * screen builds workbooks, the matrix is drawn only on the Summary. Constants
 * only.
 */

/** The default pay scale: one point of pay per 2% of pay below the best-paid offer. */
export const DEFAULT_PAY_POINT_PCT = 2;
