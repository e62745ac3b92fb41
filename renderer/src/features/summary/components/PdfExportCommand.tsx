/**
 * Answers the File menu's "Export decision summary (PDF)…" (Ctrl/Cmd+P):
 * opens the Summary page, where the export's progress and result are shown,
 * and starts the export. Renders nothing.
 */
import { useCommand } from '@renderer/app/commands';
import { sectionHref } from '@renderer/app/routes';
import { exportDecisionPdf } from '@renderer/features/summary/exportPdf';
import { useWorkbook } from '@renderer/features/workbook/hooks/useWorkbook';
import { paperFor } from './ExportPanel';

export const PdfExportCommand = () => {
  const workbook = useWorkbook();
  useCommand('file:exportPdf', async () => {
    if (!workbook) return;
    if (window.location.hash !== sectionHref('summary'))
      window.location.hash = sectionHref('summary');
    await exportDecisionPdf(paperFor(workbook));
  });
  return null;
};
