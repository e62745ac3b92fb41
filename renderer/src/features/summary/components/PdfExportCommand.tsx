/**
 * Answers the File menu's "Export decision summary (PDF)…" (Ctrl/Cmd+P):
 * opens the Summary page, where the export's progress and result are shown,
 * and starts the export. Renders nothing.
 */
import { useCommand } from '../../../app/commands';
import { sectionHref } from '../../../app/routes';
import { useWorkbook } from '../../workbook/hooks/useWorkbook';
import { exportDecisionPdf } from '../exportPdf';
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
