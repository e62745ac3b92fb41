/**
 * Answers the File menu's "Export decision summary (PDF)…" (Ctrl/Cmd+P):
 * opens the Summary page, where the export's progress and result are shown,
 * and asks its export panel to start. Renders nothing.
 */

import { requestPdfExport } from '@renderer/features/summary/exportPdf';
import { useCommand } from '@renderer/lib/commands';
import { sectionHref } from '@renderer/lib/routes';
import { useWorkbook } from '@renderer/lib/useWorkbook';

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
