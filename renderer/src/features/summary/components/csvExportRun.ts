/**
 * The File menu's CSV export, loaded only when the command runs: it needs the
 * comparison engine and the take-home tables, which the first screen must not
 * carry (initial JS budget). Builds the Offers page's comparison for the
 * workbook and writes it with the same export as the Offers page's button.
 */

import { type CsvExportOutcome, exportComparisonCsv } from '@renderer/components/CsvExportButton';
import { db } from '@renderer/db/db';
import { offersInOrder } from '@renderer/db/queries';
import { buildComparison } from '@renderer/lib/comparison';
import { buildTakeHomeComparison } from '@shared/domain/offerTakeHome';
import { BUNDLED_TAX_TABLES } from '@shared/domain/tax';
import type { Workbook } from '@shared/schemas/records';

export type CsvExportRun = { kind: 'empty' } | CsvExportOutcome;

/** Exports the comparison of the workbook's stored offers as CSV; `empty` when there is nothing to compare. */
export async function runCsvExport(workbook: Workbook): Promise<CsvExportRun> {
  const offers = await offersInOrder(db, workbook.id);
  const comparison = buildComparison(
    offers,
    workbook.baselineOfferId,
    workbook.fxRates,
    [],
    undefined,
  );
  if (!comparison) return { kind: 'empty' };
  // The workbook's basis and take-home figures, as the Offers page's button writes them.
  const takeHome = buildTakeHomeComparison(offers, comparison.baselineId, workbook.takeHome, {
    fxRates: workbook.fxRates,
    grossAveragesInBaseline: new Map(),
  });
  return exportComparisonCsv({
    offers,
    summaries: comparison.summaries,
    gaps: comparison.vsBaseline.rows,
    currency: comparison.baselineCurrency,
    takeHome: {
      basis: workbook.takeHome?.basis ?? 'gross',
      taxYear: BUNDLED_TAX_TABLES.federal.taxYear,
      results: takeHome.results,
      gaps: takeHome.gaps,
    },
  });
}
