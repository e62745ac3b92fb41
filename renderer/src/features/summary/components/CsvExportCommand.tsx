/**
 * Answers the File menu's "Export the comparison (CSV)…": runs the same export
 * as the Offers page's button for the open workbook (the work itself is
 * loaded on demand, `csvExportRun.ts`, and reads the offers only then, so no
 * live query of them runs on every screen); the outcome is a toast. Renders nothing.
 */

import { useToast } from '@renderer/components/Toast';
import { messageOf } from '@renderer/lib/api';
import { useCommand } from '@renderer/lib/commands';
import { useWorkbook } from '@renderer/lib/useWorkbook';

export const CsvExportCommand = () => {
  const workbook = useWorkbook();
  const toast = useToast();
  useCommand('file:exportCsv', async () => {
    if (!workbook) return;
    try {
      const { runCsvExport } = await import('./csvExportRun');
      const result = await runCsvExport(workbook);
      if (result.kind === 'empty')
        toast.show({ text: 'There are no offers to export yet: add them on the Offers page.' });
      if (result.kind === 'saved')
        toast.show({ text: `Saved the comparison to “${result.path}”.` });
    } catch (err) {
      toast.show({ text: messageOf(err), tone: 'error' });
    }
  });
  return null;
};
