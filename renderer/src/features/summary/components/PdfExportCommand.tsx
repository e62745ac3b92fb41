/**
 * Answers the File menu's "Export decision summary (PDF)…" (Ctrl/Cmd+P):
 * opens the Summary page, where the export's progress and result are shown,
 * and asks its export panel to start. Renders nothing.
 */
import { useCommand } from '@renderer/app/commands';
import { sectionHref } from '@renderer/app/routes';
import { requestPdfExport } from '@renderer/features/summary/exportPdf';
import { useWorkbook } from '@renderer/features/workbook/hooks/useWorkbook';

export const PdfExportCommand = () => {
  const workbook = useWorkbook();
  useCommand('file:exportPdf', async () => {
    if (!workbook) return;
    if (window.location.hash !== sectionHref('summary'))
      window.location.hash = sectionHref('summary');
    // The Summary's export panel runs it, so a nearly empty workbook is asked about first.
    requestPdfExport();
  });
  return null;
};
