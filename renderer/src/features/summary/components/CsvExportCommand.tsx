/**
 * Answers the File menu's "Export the comparison (CSV)…": builds the Offers
 * page's comparison for the open workbook and runs the same export as the
 * Offers page's button; the outcome is a toast. Renders nothing.
 */
import { useCommand } from '@renderer/app/commands';
import { exportComparisonCsv } from '@renderer/components/CsvExportButton';
import { useToast } from '@renderer/components/Toast';
import { buildComparison } from '@renderer/features/offers/comparison';
import { useOffers } from '@renderer/features/offers/hooks/useOffers';
import { useWorkbook } from '@renderer/features/workbook/hooks/useWorkbook';
import { messageOf } from '@renderer/lib/api';
import { buildTakeHomeComparison } from '@shared/domain/offerTakeHome';
import { BUNDLED_TAX_TABLES } from '@shared/domain/tax';

export const CsvExportCommand = () => {
  const workbook = useWorkbook();
  const offers = useOffers(workbook?.id ?? '');
  const toast = useToast();
  useCommand('file:exportCsv', async () => {
    if (!workbook || !offers) return;
    const comparison = buildComparison(
      offers,
      workbook.baselineOfferId,
      workbook.fxRates,
      [],
      undefined,
    );
    if (!comparison) {
      toast.show({ text: 'There are no offers to export yet: add them on the Offers page.' });
      return;
    }
    // The workbook's basis and take-home figures, as the Offers page's button writes them.
    const takeHome = buildTakeHomeComparison(offers, comparison.baselineId, workbook.takeHome, {
      fxRates: workbook.fxRates,
      grossAveragesInBaseline: new Map(),
    });
    try {
      const result = await exportComparisonCsv({
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
      if (result.kind === 'saved')
        toast.show({ text: `Saved the comparison to “${result.path}”.` });
    } catch (err) {
      toast.show({ text: messageOf(err), tone: 'error' });
    }
  });
  return null;
};
